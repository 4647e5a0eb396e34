export const id = 8508;
export const ids = [8508];
export const modules = {

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ MIN_DURATION_MS),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_AUTO_DURATION_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eG: () => (/* binding */ DEFAULT_ESCALATION_DURATION_MS),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS)
/* harmony export */ });
// Durations in policy files (`duration: 1h`): a whole number of minutes, hours or days
// (policies/README.md, "Values"; the shape is DURATION_PATTERN in schema.ts).
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shortest duration a rule may set: 1 minute. */
const MIN_DURATION_MS = UNIT_MS.m;
/** Longest duration a rule may set: 30 days (an approval that outlives a month is a mistake). */
const MAX_DURATION_MS = 30 * UNIT_MS.d;
const DEFAULT_AUTO_DURATION_MS = UNIT_MS.h;
const DEFAULT_ESCALATION_DURATION_MS = 24 * UNIT_MS.h;
const DURATION = /^([1-9][0-9]*)(m|h|d)$/;
/**
 * Milliseconds in a duration such as `30m`, `1h`, `24h` or `7d`. Throws a RangeError for any
 * other text or a value too large to represent; the 1m..30d policy bounds are checked by the
 * policy loader (MIN_DURATION_MS / MAX_DURATION_MS), not here.
 */
function parseDuration(text) {
    const found = DURATION.exec(text);
    if (!found) {
        throw new RangeError(`"${text}" is not a duration; write a whole number followed by m, h or d (e.g. 30m, 1h, 7d)`);
    }
    const ms = Number(found[1]) * UNIT_MS[found[2]];
    if (!Number.isSafeInteger(ms))
        throw new RangeError(`"${text}" is too long a duration`);
    return ms;
}
/** Milliseconds as the largest whole unit for messages: 86400000 -> `1d`, 5400000 -> `90m`. */
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    return `${Math.round(ms / UNIT_MS.m)}m`;
}


/***/ }),

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicySetLazily: () => (/* binding */ loadPolicySetLazily)
/* harmony export */ });
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1592);
/* harmony import */ var _policy_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(301);
// The same policy set as load-policy.ts's loadPolicySet, for the gate's start-up: when
// plain-yaml.ts reads every file (the usual case), the full YAML parser is never loaded; a file
// it does not read brings in the full parser, and with it the usual path.


async function loadPolicySetLazily(files) {
    const read = new Map();
    for (const file of files) {
        const parsed = (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlainFile */ ._)(file);
        if (!parsed) {
            const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1641)]).then(__webpack_require__.bind(__webpack_require__, 6403));
            return loadPolicySet(files);
        }
        read.set(file, parsed);
    }
    return (0,_policy_set_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPolicySet */ .R9)(files, (file) => read.get(file) ?? notRead(file));
}
/** buildPolicySet asks only for the files it was given: every one of them was read above. */
function notRead(file) {
    throw new Error(`${file.path} was not read`);
}


/***/ })

};
