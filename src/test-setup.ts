// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); math tests run in plain node.
export {};
