// What can stand after a number: money words, measures and durations.

/** Currency signs before a number, and their ISO codes; `US$`, `A$`... are read from the letters before `$`. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };

/** Letters written just before `$` (`US$`, `HK$`). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', NT: 'TWD', R: 'BRL', Z: 'ZWD',
};

/** Money words after a number: the ISO code and how many of them make one unit of it. */
export const CURRENCY_WORDS: Readonly<Record<string, { readonly code: string; readonly per: number }>> = {
  dollar: { code: 'USD', per: 1 }, dollars: { code: 'USD', per: 1 }, cent: { code: 'USD', per: 100 }, cents: { code: 'USD', per: 100 },
  pound: { code: 'GBP', per: 1 }, pounds: { code: 'GBP', per: 1 }, sterling: { code: 'GBP', per: 1 },
  pence: { code: 'GBP', per: 100 }, p: { code: 'GBP', per: 100 }, penny: { code: 'GBP', per: 100 },
  euro: { code: 'EUR', per: 1 }, euros: { code: 'EUR', per: 1 }, yen: { code: 'JPY', per: 1 }, yuan: { code: 'CNY', per: 1 },
  renminbi: { code: 'CNY', per: 1 }, rupee: { code: 'INR', per: 1 }, rupees: { code: 'INR', per: 1 }, naira: { code: 'NGN', per: 1 },
  rand: { code: 'ZAR', per: 1 }, roubles: { code: 'RUB', per: 1 }, rubles: { code: 'RUB', per: 1 }, rouble: { code: 'RUB', per: 1 },
  won: { code: 'KRW', per: 1 }, pesos: { code: 'MXN', per: 1 }, francs: { code: 'CHF', per: 1 }, kroner: { code: 'NOK', per: 1 },
  krona: { code: 'SEK', per: 1 }, kronor: { code: 'SEK', per: 1 }, shekels: { code: 'ILS', per: 1 }, lira: { code: 'TRY', per: 1 },
  baht: { code: 'THB', per: 1 }, ringgit: { code: 'MYR', per: 1 }, dinars: { code: 'IQD', per: 1 }, riyals: { code: 'SAR', per: 1 },
};

/** Durations (singular and plural) and the unit name they are reported as. */
export const TIME_UNITS: Readonly<Record<string, string>> = {
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days',
  week: 'weeks', weeks: 'weeks', fortnight: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years',
  decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries', season: 'seasons', seasons: 'seasons',
  quarter: 'quarters', quarters: 'quarters', mins: 'minutes', secs: 'seconds', hrs: 'hours',
};

/** Measures and the unit name they are reported as. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  metre: 'metres', metres: 'metres', meter: 'metres', meters: 'metres', km: 'kilometres', kilometre: 'kilometres', kilometres: 'kilometres',
  kilometers: 'kilometres', cm: 'centimetres', centimetre: 'centimetres', centimetres: 'centimetres', centimeters: 'centimetres', mm: 'millimetres', millimetre: 'millimetres', millimetres: 'millimetres',
  mile: 'miles', miles: 'miles', ft: 'feet', feet: 'feet', foot: 'feet', inch: 'inches', inches: 'inches', yard: 'yards', yards: 'yards',
  kg: 'kilograms', kilo: 'kilograms', kilos: 'kilograms', kilogram: 'kilograms', kilograms: 'kilograms', g: 'grams', gram: 'grams', grams: 'grams',
  tonne: 'tonnes', tonnes: 'tonnes', ton: 'tons', tons: 'tons', lb: 'pounds', lbs: 'pounds', ounces: 'ounces', oz: 'ounces', stone: 'stone',
  litre: 'litres', litres: 'litres', liters: 'litres', gallon: 'gallons', gallons: 'gallons', barrel: 'barrels', barrels: 'barrels',
  carat: 'carats', carats: 'carats', acre: 'acres', acres: 'acres', hectare: 'hectares', hectares: 'hectares', sq: 'square', square: 'square',
  point: 'points', points: 'points', degree: 'degrees', degrees: 'degrees', mph: 'mph', kph: 'km/h',
  hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz', byte: 'bytes', bytes: 'bytes', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB',
  megabyte: 'megabytes', megabytes: 'megabytes', gigabyte: 'gigabytes', gigabytes: 'gigabytes', terabyte: 'terabytes', terabytes: 'terabytes',
  kbps: 'kbps', mbps: 'Mbps', bit: 'bits', bits: 'bits', megapixel: 'megapixels', megapixels: 'megapixels', pixels: 'pixels',
  watt: 'watts', watts: 'watts', kw: 'kW', mw: 'MW', megawatts: 'megawatts', gigawatts: 'gigawatts', volts: 'volts', calories: 'calories',
};

/** Words that end a time of day, which is not a fact (`10am`, `1600 GMT`). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'gmt', 'bst', 'cet', 'est', 'edt', 'pst', 'utc']);

/** Words that qualify a figure and belong in its span (`at least 2,000 people`, `about 52 percent`). */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['close', 'to'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['as', 'few', 'as'], ['upwards', 'of'], ['in', 'excess', 'of'], ['just', 'over'], ['just', 'under'], ['well', 'over'],
  ['about'], ['around'], ['nearly'], ['almost'], ['over'], ['under'], ['some'], ['roughly'], ['approximately'], ['only'], ['just'], ['barely'],
  ['an', 'estimated'], ['estimated'], ['exactly'], ['below'], ['above'],
];
