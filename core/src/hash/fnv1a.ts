/**
 * 32-bit FNV-1a over the UTF-16 code units of `text`, as an unsigned integer. `seed` is XORed into
 * the offset basis, so one text gives independent hashes under different seeds.
 */
export const fnv1a = (text: string, seed = 0): number => {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};
