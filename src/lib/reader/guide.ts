// Lesson timing for the classroom pack: how long a chapter takes a class to read (prose and
// figure text, as a range for tenth-graders), how long its questions and activities take, and
// what a period plan adds up to. The guide's shape is src/schemas/guide.ts. Pure.
import type { Activity } from '../../schemas/guide';
import type { FigureInstance } from './figures';
import { countWords } from '../content/reading';

/** Minutes allowed per discussion question. */
export const MINUTES_PER_QUESTION = 5;

/**
 * Reading speeds for a tenth-grade class, words a minute: careful reading of non-fiction with
 * charts and notes (slower readers, English learners) to a fluent reader's pace.
 */
export const CLASS_WPM = { slow: 150, fast: 200 } as const;

/** Time to look at a figure and read it, beyond its words (seconds). */
export const SECONDS_PER_FIGURE = 30;

/** Figure props a reader reads on the page. */
const READ_PROPS = ['title', 'subtitle', 'note', 'caption', 'label'];

/** Words a reader reads on a chapter's figures: titles, subtitles, notes and labels. */
export function figureWords(figures: readonly Pick<FigureInstance, 'props'>[]): number {
  return figures.reduce((sum, f) => sum + READ_PROPS.reduce((n, k) => n + (typeof f.props[k] === 'string' ? countWords(f.props[k] as string) : 0), 0), 0);
}

/** Minutes a tenth-grade class needs to read a text with its figures: [fast, slow], whole minutes. */
export function classReadingRange(words: number, figures: number): { min: number; max: number } {
  const look = (figures * SECONDS_PER_FIGURE) / 60;
  return { min: Math.max(1, Math.round(words / CLASS_WPM.fast + look)), max: Math.max(1, Math.ceil(words / CLASS_WPM.slow + look)) };
}

/** How long a chapter takes in class: reading, discussing its questions, and its activities. */
export function lessonTime(readingMinutes: number, questions: number, activities: readonly Pick<Activity, 'minutes'>[]) {
  const discussion = questions * MINUTES_PER_QUESTION;
  const activity = activities.reduce((sum, a) => sum + a.minutes, 0);
  return { reading: readingMinutes, discussion, activities: activity, total: readingMinutes + discussion + activity };
}

/** Minutes a plan's segments add up to. */
export const planMinutes = (segments: readonly { minutes: number }[]) => segments.reduce((sum, s) => sum + s.minutes, 0);
