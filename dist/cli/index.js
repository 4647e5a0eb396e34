#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ clockStartingAt),
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fixedClock */
// The one answer to "what time is it". Entry points (the action's `run`, the CLI's `runCli`, the
// emulator) take a Clock and hand it down; nothing below them reads the wall clock. The action and
// the CLI use `systemClock`; `--at` / `--now` on the command line and tests pin another one.
// Durations (retry budgets, timeouts) are not "what time is it" and are measured separately.
const systemClock = () => new Date();
/** Always the same instant: "what would the gate say at 18:00 on Friday". */
function fixedClock(at) {
    const ms = at.getTime();
    return () => new Date(ms);
}
/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set): a world that
 * starts at a fixed moment and keeps going, as the emulator's `--now`.
 */
function clockStartingAt(start, elapsedMs = () => performance.now()) {
    const startMs = start.getTime();
    const origin = elapsedMs();
    return () => new Date(startMs + (elapsedMs() - origin));
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/**
 * An RFC 3339 timestamp with a date, a time and an offset (`2026-12-04T18:00:00Z`), or undefined.
 * `Date.parse` alone rolls 2026-02-30 over into March; a day the month does not have is refused.
 */
function parseRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
        return undefined;
    const ms = Date.parse(value.toUpperCase());
    return Number.isNaN(ms) ? undefined : new Date(ms);
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_FRAGMENT */
// The one redactor: every sink (the runner's log, annotations, outputs and step summary, PR
// comments, check runs, incident text, error messages, the CLI's output) passes text through it,
// and every secret (the incident.io key, the GitHub token) is replaced by `***`.
//
// A plain "replace the whole secret" misses a secret that was cut: an error message truncated to
// fit a comment can end with the first half of a key, and a renderer that escapes markdown turns
// `inc_abc` into `inc\_abc`. So the redactor also replaces any run of MIN_FRAGMENT or more
// characters taken from a secret, in the secret's plain, markdown-escaped, JSON-escaped and
// URL-encoded forms. Fragments shorter than that carry too little of a key to matter, and keep
// ordinary words from being mistaken for one.
const REDACTED = '***';
/** Secrets shorter than this are not redacted at all (an empty or one-letter input is no secret). */
const MIN_SECRET = 4;
/** The shortest piece of a secret that is redacted on its own. */
const MIN_FRAGMENT = 12;
/** The characters report/markdown.ts escapes with a backslash (kept in step with its SPECIALS). */
const MARKDOWN_SPECIAL = /[\\`*_[\]()#|<>~&]/g;
function formsOf(secret) {
    const forms = new Set([secret, secret.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`), JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    return [...forms];
}
function createRedactor(secrets) {
    const kept = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))];
    // Longest first, so a secret that contains another is replaced whole.
    const forms = kept.flatMap(formsOf).sort((a, b) => b.length - a.length);
    const fragmentForms = forms.filter((f) => f.length >= MIN_FRAGMENT);
    const grams = new Set();
    for (const f of fragmentForms)
        for (let i = 0; i + MIN_FRAGMENT <= f.length; i++)
            grams.add(f.slice(i, i + MIN_FRAGMENT));
    const occursInAForm = (piece) => fragmentForms.some((f) => f.includes(piece));
    const redact = (text) => {
        if (kept.length === 0 || typeof text !== 'string' || text === '')
            return text;
        let out = text;
        for (const f of forms)
            if (out.includes(f))
                out = out.split(f).join(REDACTED);
        if (grams.size === 0 || out.length < MIN_FRAGMENT)
            return out;
        // Fragments: grow every run that starts with a secret's MIN_FRAGMENT-gram as far as it stays
        // a piece of some form of a secret.
        let result = '';
        let i = 0;
        while (i < out.length) {
            if (i + MIN_FRAGMENT <= out.length && grams.has(out.slice(i, i + MIN_FRAGMENT))) {
                let end = i + MIN_FRAGMENT;
                while (end < out.length && occursInAForm(out.slice(i, end + 1)))
                    end++;
                result += REDACTED;
                i = end;
            }
            else {
                result += out[i];
                i++;
            }
        }
        return result;
    };
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map(redactDeep);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
        }
        return value;
    };
    return { redact, redactDeep };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/cli.ts
// `oncall-gate` command line: the same core as the action, for local use before pushing and for
// the demo. Subcommands load on demand. Exit codes: 0 ok, 1 failed/denied/invalid, 2 usage error.


const USAGE = `Usage: oncall-gate <command> [options]

Commands:
  validate [folder]                       check every policy file (default folder: policies);
                                          with INCIDENTIO_API_KEY also schedules, people and roles
  plan --base <git ref> [--policy-path P] what a policy change does, against a base ref
  check <login|email> [--environment E | --policy P] [--reason TEXT] [--policy-path P] [--api-url URL] [--at T]
                                          would this person pass the gate now (or at T), and why
  who <schedule-id> [--policy-path P] [--api-url URL] [--at T]
                                          who is on call now (or at T), and who is next
  emulator [--port N] [--fixture FILE] [--now T]
                                          run the local incident.io emulator (demo data)

Times (T) are RFC 3339 with an offset: 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00.

Environment: INCIDENTIO_API_KEY (the key), INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 success, 1 invalid / not approved / failed, 2 usage error.`;
const consoleOutput = {
    log: (line) => process.stdout.write(line + '\n'),
    error: (line) => process.stderr.write(line + '\n'),
};
const VALIDATE_USAGE = 'Usage: oncall-gate validate [folder]\n' +
    '  Checks every *.yaml / *.yml policy file under the folder (default: policies) and prints one\n' +
    '  line per problem, file:line:col: message (fix), then the totals. With INCIDENTIO_API_KEY set it\n' +
    '  also checks, read-only, that the schedules, people and key roles the files name exist in\n' +
    '  incident.io (URL from INCIDENTIO_API_URL, default https://api.incident.io).\n' +
    '  Exit codes: 0 valid (warnings allowed), 1 invalid or the live checks failed, 2 usage error.';
async function validateCommand(args, env, out, clock) {
    const { parseFlags, UsageError } = await __nccwpck_require__.e(/* import() */ 391).then(__nccwpck_require__.bind(__nccwpck_require__, 7391));
    let positional;
    try {
        const parsed = parseFlags(args, []);
        if (parsed.help) {
            out.log(VALIDATE_USAGE);
            return 0;
        }
        positional = parsed.positionals;
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        out.error(`${error.message}\n\n${VALIDATE_USAGE}`);
        return 2;
    }
    if (positional.length > 1) {
        out.error(`oncall-gate validate takes one folder; got ${positional.length}: ${positional.join(' ')}\n\n${VALIDATE_USAGE}`);
        return 2;
    }
    const [{ apiUrlFrom, localPolicyFolder }, { readPolicyDir }, { loadPolicySet }, { formatDiagnosticLine, totalsLine }, { describeCliError }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 182).then(__nccwpck_require__.bind(__nccwpck_require__, 9182)),
        __nccwpck_require__.e(/* import() */ 233).then(__nccwpck_require__.bind(__nccwpck_require__, 8233)),
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5640)),
        __nccwpck_require__.e(/* import() */ 853).then(__nccwpck_require__.bind(__nccwpck_require__, 2853)),
        __nccwpck_require__.e(/* import() */ 262).then(__nccwpck_require__.bind(__nccwpck_require__, 262)),
    ]);
    const key = env.INCIDENTIO_API_KEY ?? '';
    let files;
    let url = '';
    try {
        if (key)
            url = apiUrlFrom(new Map(), env);
        const { root, folder } = await localPolicyFolder(positional[0] ?? 'policies', process.cwd(), 'pass the folder that holds the policy files: oncall-gate validate <folder>');
        files = await readPolicyDir(root, folder);
    }
    catch (error) {
        // A folder that cannot be read, or a malformed API URL, is a usage error.
        out.error(error instanceof UsageError ? error.message : describeCliError(error, [key]));
        return error instanceof Error && (error.name === 'PolicyDirError' || error instanceof UsageError) ? 2 : 1;
    }
    let set = loadPolicySet(files);
    let liveError;
    if (key) {
        try {
            const { withLiveChecks } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(640), __nccwpck_require__.e(10)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10));
            set = await withLiveChecks(set, files, url, key, clock());
        }
        catch (error) {
            // incident.io failing the live checks does not hide what the files themselves say.
            liveError = describeCliError(error, [key]);
        }
    }
    for (const d of set.diagnostics)
        (d.severity === 'error' ? out.error : out.log)(formatDiagnosticLine(d));
    out.log(totalsLine(set.files.length, set.diagnostics));
    if (liveError) {
        out.error(`The live checks against incident.io failed, so schedules, people and key roles were not checked: ${liveError}`);
        return 1;
    }
    return set.valid ? 0 : 1;
}
/** `clock` is the CLI's "now" (the system clock; tests pin it). `--at` / `--now` override it per command. */
async function runCli(argv, env, rawOut = consoleOutput, clock = src_clock/* systemClock */.ml) {
    const [command, ...args] = argv;
    // Every line the CLI prints goes through the one redactor, with the secrets it may hold.
    const { redact } = (0,src_redact/* createRedactor */.lY)([env.INCIDENTIO_API_KEY ?? '', env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? '']);
    const out = { log: (line) => rawOut.log(redact(line)), error: (line) => rawOut.error(redact(line)) };
    switch (command) {
        case 'validate':
            return validateCommand(args, env, out, clock);
        case 'check':
            return (await __nccwpck_require__.e(/* import() */ 182).then(__nccwpck_require__.bind(__nccwpck_require__, 9182))).runCheckCommand(args, env, out, clock);
        case 'who':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(182), __nccwpck_require__.e(374)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3374))).runWhoCommand(args, env, out, clock);
        case 'plan':
            return (await __nccwpck_require__.e(/* import() */ 192).then(__nccwpck_require__.bind(__nccwpck_require__, 192))).runPlanCli(args, env, out, { clock });
        case 'emulator':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7721))).runEmulatorCommand(args, env, { clock });
        case undefined:
            // No command is a usage error: the usage goes to stderr, as for any other usage error.
            out.error(USAGE);
            return 2;
        case 'help':
        case '--help':
        case '-h':
            out.log(USAGE);
            return 0;
        default:
            out.error(`Unknown command "${command}".\n\n${USAGE}`);
            return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli-main.ts
// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).

runCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`oncall-gate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});

