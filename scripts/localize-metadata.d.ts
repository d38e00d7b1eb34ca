/** Types for localize-metadata.js (plain CommonJS so webpack.config.js can require it). */
export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  [key: string]: unknown;
}
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
export declare const LOCALIZED_LANGUAGES: readonly string[];
export declare function localizeMetadata(metadata: FunctionsMetadata | string, lang: string): FunctionsMetadata;
