/** @module clean/language — which language a document is written in (ISO 639-1, or 'und'). */
export { detectLanguage, defaultDetectLanguageOptions, type DetectLanguageOptions } from './detect-language.ts';
