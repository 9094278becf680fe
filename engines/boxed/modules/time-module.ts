// The time module: clocks (time, perf_counter, monotonic, process_time and their _ns forms),
// sleep, and conversions between seconds and struct_time (gmtime, localtime, mktime) with
// strftime/asctime/ctime, on the host's clock and time zone.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional } from '../args.js';
import { asIndex } from '../convert.js';
import { defineFunctions } from '../define.js';
import { intern, newStr } from '../strings.js';
import { PyFloat, intFromNumber, intValue, makeInt } from '../types/numbers.js';
import { PyStr } from '../types/str.js';
import { PyTuple } from '../types/sequences.js';
import { None } from '../types/singletons.js';
import { OverflowError, TypeError, ValueError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import type { PyModule } from '../types/module.js';
import { typeName } from '../protocols/type-of.js';
import { makeStructSeq, structSeqType } from './sys-structseq.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
export const structTimeType = structSeqType('time.struct_time', FIELDS, 9);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A broken-down time as C's struct tm holds it (tm_mon 1-based as Python shows it). */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string; gmtoff: number;
}

function tmFromDate(d: Date, utc: boolean): Tm {
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const start = Date.UTC(year, 0, 1);
  const yday = Math.floor((Date.UTC(year, mon - 1, mday) - start) / 86400000) + 1;
  const gmtoff = utc ? 0 : -d.getTimezoneOffset() * 60;
  return {
    year, mon, mday,
    hour: utc ? d.getUTCHours() : d.getHours(),
    min: utc ? d.getUTCMinutes() : d.getMinutes(),
    sec: utc ? d.getUTCSeconds() : d.getSeconds(),
    wday: ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7,
    yday,
    isdst: utc ? 0 : isDst(d) ? 1 : 0,
    zone: utc ? 'UTC' : zoneName(d),
    gmtoff,
  };
}

function isDst(d: Date): boolean {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return Math.max(jan, jul) !== Math.min(jan, jul) && d.getTimezoneOffset() === Math.min(jan, jul);
}

function zoneName(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  return name === 'GMT' || name === 'UTC' ? 'UTC' : name;
}

function structTime(tm: Tm): PyValue {
  return makeStructSeq(structTimeType, [
    tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst, newStr(tm.zone), intFromNumber(tm.gmtoff),
  ].map((v) => (typeof v === 'number' ? intFromNumber(v) : v)));
}

/** Seconds from an optional argument (None: now), as _PyTime_ObjectToTime_t does. */
function secondsArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return Date.now() / 1000;
  if (v instanceof PyFloat) {
    if (!Number.isFinite(v.value)) raise(v.value !== v.value ? ValueError : OverflowError, v.value !== v.value ? 'Invalid value NaN (not a number)' : 'timestamp out of range for platform time_t');
    return Math.floor(v.value);
  }
  const n = asIndex(v);
  if (typeof n !== 'number') raise(OverflowError, 'timestamp out of range for platform time_t');
  return n;
}

function dateFromSeconds(s: number): Date {
  const d = new Date(s * 1000);
  if (Number.isNaN(d.getTime())) raise(OverflowError, 'timestamp out of range for platform time_t');
  return d;
}

/** A struct_time or 9-tuple argument as a Tm. */
function tmArg(v: PyValue | undefined, fname: string): Tm {
  if (v === undefined || v === None) return tmFromDate(new Date(), false);
  if (!(v instanceof PyTuple)) raise(TypeError, `Tuple or struct_time argument required`);
  const items = v.items;
  if (items.length !== 9) raise(TypeError, `${fname}(): illegal time tuple argument`);
  const nums = items.map((x) => {
    const n = intValue(x);
    if (n === undefined) raise(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    return Number(n);
  });
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = nums as [number, number, number, number, number, number, number, number, number];
  const extra = (v as { extra?: PyValue[] }).extra;
  const zone = extra && extra[0] instanceof PyStr ? extra[0].value : 'UTC';
  return { year, mon, mday, hour, min, sec, wday: ((wday % 7) + 7) % 7, yday, isdst, zone, gmtoff: 0 };
}

const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

/** strftime's directives on a broken-down time (the C library's, for the C locale). */
export function strftime(format: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%' || i + 1 >= format.length) { out += ch; continue; }
    const d = format[++i]!;
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'Y': out += String(tm.year); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100); break;
      case 'C': out += pad(Math.floor(tm.year / 100)); break;
      case 'm': out += pad(tm.mon); break;
      case 'd': out += pad(tm.mday); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'H': out += pad(tm.hour); break;
      case 'I': out += pad(hour12); break;
      case 'M': out += pad(tm.min); break;
      case 'S': out += pad(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'a': out += DAYS[tm.wday]!.slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]!; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1]?.slice(0, 3) ?? '?'; break;
      case 'B': out += MONTHS[tm.mon - 1] ?? '?'; break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7)); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7)); break;
      case 'Z': out += tm.zone; break;
      case 'z': {
        const off = Math.abs(tm.gmtoff) / 60;
        out += `${tm.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(off / 60))}${pad(off % 60)}`;
        break;
      }
      case 'c': out += asctime(tm); break;
      case 'x': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'X': case 'T': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'D': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'F': out += `${tm.year}-${pad(tm.mon)}-${pad(tm.mday)}`; break;
      case 'R': out += `${pad(tm.hour)}:${pad(tm.min)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += `%${d}`;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday]!.slice(0, 3)} ${MONTHS[tm.mon - 1]?.slice(0, 3) ?? '???'} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

const hrStart = process.hrtime.bigint();
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

const timeFunctions: Record<string, NativeMethod> = {
  time: () => new PyFloat((performance.timeOrigin + performance.now()) / 1000),
  time_ns: () => makeInt(BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n),
  perf_counter: () => new PyFloat(Number(process.hrtime.bigint() - hrStart) / 1e9 + 1),
  perf_counter_ns: () => makeInt(process.hrtime.bigint() - hrStart + 1_000_000_000n),
  monotonic: () => new PyFloat(Number(process.hrtime.bigint() - hrStart) / 1e9 + 1),
  monotonic_ns: () => makeInt(process.hrtime.bigint() - hrStart + 1_000_000_000n),
  process_time() {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  },
  process_time_ns() {
    const u = process.cpuUsage();
    return makeInt(BigInt(u.user + u.system) * 1000n);
  },
  thread_time() {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  },
  sleep(_self, args, kw) {
    checkPositional('sleep', args, kw, 1);
    const v = args[0]!;
    let secs: number;
    if (v instanceof PyFloat) secs = v.value;
    else {
      const n = intValue(v);
      if (n === undefined) raise(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
      secs = Number(n);
    }
    if (secs !== secs) raise(ValueError, 'Invalid value NaN (not a number)');
    if (secs < 0) raise(ValueError, 'sleep length must be non-negative');
    if (secs > 0) Atomics.wait(sleepCell, 0, 0, secs * 1000);
    return None;
  },
  gmtime(_self, args, kw) {
    checkPositional('gmtime', args, kw, 0, 1);
    return structTime(tmFromDate(dateFromSeconds(secondsArg(args[0])), true));
  },
  localtime(_self, args, kw) {
    checkPositional('localtime', args, kw, 0, 1);
    return structTime(tmFromDate(dateFromSeconds(secondsArg(args[0])), false));
  },
  mktime(_self, args, kw) {
    checkPositional('mktime', args, kw, 1);
    const tm = tmArg(args[0], 'mktime');
    const d = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
    return new PyFloat(d.getTime() / 1000);
  },
  strftime(_self, args, kw) {
    checkPositional('strftime', args, kw, 1, 2);
    const f = args[0]!;
    if (!(f instanceof PyStr)) raise(TypeError, `strftime() argument 1 must be str, not ${typeName(f)}`);
    return newStr(strftime(f.value, tmArg(args[1], 'strftime')));
  },
  asctime(_self, args, kw) {
    checkPositional('asctime', args, kw, 0, 1);
    return newStr(asctime(tmArg(args[0], 'asctime')));
  },
  ctime(_self, args, kw) {
    checkPositional('ctime', args, kw, 0, 1);
    return newStr(asctime(tmFromDate(dateFromSeconds(secondsArg(args[0])), false)));
  },
  get_clock_info(_self, args, kw) {
    checkPositional('get_clock_info', args, kw, 1);
    raise(ValueError, 'unknown clock');
  },
};

export function initTimeModule(mod: PyModule): void {
  const ns = mod.ns;
  const put = (name: string, v: PyValue): void => { ns.setStr(name, intern(name), v); decref(v); };
  defineFunctions(ns, mod, timeFunctions);
  ns.setStr('struct_time', intern('struct_time'), structTimeType);
  const now = new Date();
  const jan = new Date(now.getFullYear(), 0, 1);
  const jul = new Date(now.getFullYear(), 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  put('timezone', intFromNumber(std * 60));
  put('altzone', intFromNumber(dst * 60));
  put('daylight', intFromNumber(std !== dst ? 1 : 0));
  put('tzname', new PyTuple([newStr(zoneName(std === jan.getTimezoneOffset() ? jan : jul)), newStr(zoneName(dst === jul.getTimezoneOffset() ? jul : jan))]));
  put('CLOCK_MONOTONIC', 1);
  put('CLOCK_REALTIME', 0);
}
