import type { TestProject } from 'vitest/node';
import { buildApp, serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, with a trailing slash. */
    baseURL: string;
  }
}

/** Builds the app once for the whole browser suite and serves it; tests read the URL with inject. */
export default async function setup(project: TestProject) {
  buildApp();
  const served = await serveDist();
  project.provide('baseURL', served.url);
  return () => served.close();
}
