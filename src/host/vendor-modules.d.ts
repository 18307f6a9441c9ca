/**
 * Declarations for the jszip modules ./vendor.ts loads by path (jszip ships types for its entry point only).
 * Deliberately loose: ./vendor.ts checks each value and throws VendorInternalMissing by name when it is gone.
 */
declare module 'jszip/lib/compressedObject' {
  const CompressedObject: unknown;
  export default CompressedObject;
}
declare module 'jszip/lib/compressions' {
  const compressions: { DEFLATE?: unknown; STORE?: unknown } | undefined;
  export default compressions;
}
declare module 'jszip/lib/crc32' {
  const crc32: unknown;
  export default crc32;
}
