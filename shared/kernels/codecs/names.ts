// Which codec a name denotes, as `codecs.lookup` decides it: Python's name normalization
// (encodings.normalize_encoding after lower-casing), then the alias table
// (encodings.aliases) or the codec's own module name. Each row of the one table below is a
// codec this kernel can decode: its Python module name, how it is decoded, the WHATWG
// label TextDecoder knows it by and its aliases. A name that reaches no row is unknown,
// as Python's LookupError says.

/**
 * How a codec is decoded: written out in this folder ('own'), through a 256-entry table
 * taken from TextDecoder ('charmap', codecs/single-byte.ts), or by TextDecoder itself
 * ('multibyte', codecs/multi-byte.ts).
 */
export type CodecKind = 'own' | 'charmap' | 'multibyte';

/** [Python module name, kind, WHATWG label (null for 'own'), aliases separated by spaces]. */
export const CODEC_TABLE: readonly (readonly [string, CodecKind, string | null, string])[] = [
  ['utf_8', 'own', null, 'cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4'],
  ['utf_8_sig', 'own', null, ''],
  ['latin_1', 'own', null, '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1'],
  ['ascii', 'own', null, '646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'],
  ['cp1250', 'charmap', 'windows-1250', '1250 windows_1250'],
  ['cp1251', 'charmap', 'windows-1251', '1251 windows_1251'],
  ['cp1252', 'charmap', 'windows-1252', '1252 windows_1252'],
  ['cp1253', 'charmap', 'windows-1253', '1253 windows_1253'],
  ['cp1254', 'charmap', 'windows-1254', '1254 windows_1254'],
  ['cp1255', 'charmap', 'windows-1255', '1255 windows_1255'],
  ['cp1256', 'charmap', 'windows-1256', '1256 windows_1256'],
  ['cp1257', 'charmap', 'windows-1257', '1257 windows_1257'],
  ['cp1258', 'charmap', 'windows-1258', '1258 windows_1258'],
  ['cp874', 'charmap', 'windows-874', ''],
  ['koi8_r', 'charmap', 'koi8-r', 'cskoi8r'],
  ['koi8_u', 'charmap', 'koi8-u', ''],
  ['cp866', 'charmap', 'ibm866', '866 csibm866 ibm866'],
  ['mac_roman', 'charmap', 'macintosh', 'macintosh macroman'],
  ['mac_cyrillic', 'charmap', 'x-mac-cyrillic', 'maccyrillic'],
  ['iso8859_2', 'charmap', 'iso-8859-2', 'csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2'],
  ['iso8859_3', 'charmap', 'iso-8859-3', 'csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3'],
  ['iso8859_4', 'charmap', 'iso-8859-4', 'csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4'],
  ['iso8859_5', 'charmap', 'iso-8859-5', 'csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144'],
  ['iso8859_6', 'charmap', 'iso-8859-6', 'arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127'],
  ['iso8859_7', 'charmap', 'iso-8859-7', 'csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126'],
  ['iso8859_8', 'charmap', 'iso-8859-8', 'csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138'],
  ['iso8859_10', 'charmap', 'iso-8859-10', 'csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6'],
  ['iso8859_13', 'charmap', 'iso-8859-13', 'iso_8859_13 l7 latin7'],
  ['iso8859_14', 'charmap', 'iso-8859-14', 'iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8'],
  ['iso8859_15', 'charmap', 'iso-8859-15', 'iso_8859_15 l9 latin9'],
  // Multi-byte codecs. WHATWG's Shift_JIS is Microsoft's cp932, and its GBK stands in for
  // gb2312: both are supersets of Python's codec, so they accept a little more.
  ['shift_jis', 'multibyte', 'shift_jis', 'csshiftjis s_jis shiftjis sjis x_mac_japanese'],
  ['cp932', 'multibyte', 'shift_jis', '932 ms932 ms_kanji mskanji'],
  ['euc_jp', 'multibyte', 'euc-jp', 'eucjp u_jis ujis'],
  ['iso2022_jp', 'multibyte', 'iso-2022-jp', 'csiso2022jp iso2022jp iso_2022_jp'],
  ['gbk', 'multibyte', 'gbk', '936 cp936 ms936'],
  ['gb2312', 'multibyte', 'gbk', 'chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese'],
  ['gb18030', 'multibyte', 'gb18030', 'gb18030_2000'],
  ['big5', 'multibyte', 'big5', 'big5_tw csbig5 x_mac_trad_chinese'],
  ['euc_kr', 'multibyte', 'euc-kr', 'euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean'],
  // UTF-16 and UTF-32: codecs/utf16.ts ('utf_16' and 'utf_32' read a BOM, else little-endian).
  ['utf_16', 'own', null, 'u16 utf16'],
  ['utf_16_le', 'own', null, 'unicodelittleunmarked utf_16le'],
  ['utf_16_be', 'own', null, 'unicodebigunmarked utf_16be'],
  ['utf_32', 'own', null, 'u32 utf32'],
  ['utf_32_le', 'own', null, 'utf_32le'],
  ['utf_32_be', 'own', null, 'utf_32be'],
];

/** Codec module name → its entry. */
const MODULES: ReadonlyMap<string, CodecEntry> = new Map(
  CODEC_TABLE.map(([module, kind, label]) => [module, { module, kind, label }]),
);

/** Alias → codec module name, as encodings.aliases. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  CODEC_TABLE.flatMap(([module, , , aliases]) =>
    aliases.split(' ').filter((a) => a !== '').map((a) => [a, module] as const),
  ),
);

/**
 * `encodings.normalize_encoding` after codecs' lower-casing: every run of characters other
 * than alphanumerics and '.' becomes one '_' (dropped at either end); non-ASCII
 * alphanumerics end such a run but are themselves left out.
 */
export function normalizeEncodingName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const ascii = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
    if (ascii || /^[\p{L}\p{N}]$/u.test(ch)) {
      if (punct && out !== '') out += '_';
      if (ascii) out += ch;
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** A codec the table knows: its Python module name, how it is decoded, its WHATWG label. */
export interface CodecEntry {
  module: string;
  kind: CodecKind;
  label: string | null;
}

/** encodings.search_function: the alias of the name (or of it with '.' as '_'), else the name. */
export function findCodec(name: string): CodecEntry | null {
  const norm = normalizeEncodingName(name);
  const module = ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, '_')) ?? norm;
  return MODULES.get(module) ?? null;
}
