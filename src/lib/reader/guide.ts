// Lesson timing for the teacher's guide: how long a chapter takes in class. The guide's shape
// is src/schemas/guide.ts; the guides are the `teaching` content collection.
import type { Activity } from '../../schemas/guide';

/** Minutes allowed per discussion question. */
export const MINUTES_PER_QUESTION = 5;

/** How long a chapter takes in class: reading, discussing its questions, and its activities. */
export function lessonTime(readingMinutes: number, questions: number, activities: readonly Pick<Activity, 'minutes'>[]) {
  const discussion = questions * MINUTES_PER_QUESTION;
  const activity = activities.reduce((sum, a) => sum + a.minutes, 0);
  return { reading: readingMinutes, discussion, activities: activity, total: readingMinutes + discussion + activity };
}
