/** @module stories — streaming story clustering: each document joins the story of the event it reports, as it arrives. */
export { createStoryClusterer, type StoryClusterer } from './story-clusterer.ts';
export { defaultStoryOptions, type StoryOptions } from './defaults.ts';
export type { ClustererState, MaintenanceRecord } from './clusterer-state.ts';
export { storySpan } from './story-span.ts';
