/** Types for localize-functions.js. */
export declare function localizedFileName(source: string, lang: string): string;
export declare function main(argv: string[]): number;
