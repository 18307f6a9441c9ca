/** Types of ./validate-manifest.js for the tests. */
export function validateManifest(xmlText: string, fileName?: string): Promise<{ valid: boolean; errors: string[] }>;
export const SCHEMA_DIR: string;
