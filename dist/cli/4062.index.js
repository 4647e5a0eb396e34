export const id = 4062;
export const ids = [4062];
export const modules = {

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globMatcher: () => (/* binding */ globMatcher),
/* harmony export */   globProblem: () => (/* binding */ globProblem)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Branch and path globs in `match` (policies/README.md, "Which policies apply"). One matcher for
// everyone, so validation and the request/review code agree on what a pattern means.

// `dot: true`: `services/**` must also match `services/.env` and `.github/...` files; a
// policy that silently skips dotfiles would let such changes through unreviewed.
const OPTIONS = { dot: true };
/**
 * A predicate that is true when `value` matches any of `patterns` (OR within a list, as the
 * policy semantics say). An empty list matches nothing. Patterns are assumed to have passed
 * globProblem(); an invalid one simply never matches.
 */
function globMatcher(patterns) {
    const usable = patterns.filter((p) => p !== '');
    if (usable.length === 0)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...usable], OPTIONS);
    return (value) => match(value);
}
/**
 * Patterns made only of word characters, `.`, `/`, `-` and `*` (`main`, `release/*`,
 * `services/api/**`): no brackets, braces, parentheses, escapes or extglobs, so picomatch always
 * compiles them (test/policy/duration-glob.test.ts checks this against picomatch). Checking them
 * needs no parse: a folder of 1,000 policies holds thousands of such patterns.
 */
const PLAIN_GLOB = /^[\w./*-]{1,1024}$/;
/** Why a glob can never match anything, or undefined when it is usable. */
function globProblem(pattern) {
    if (pattern === '')
        return 'is empty';
    if (PLAIN_GLOB.test(pattern))
        return undefined;
    // picomatch turns a pattern it cannot compile into the never-matching /$^/ instead of throwing
    // (unless `debug` is set), so that regex is the signal for "invalid".
    if (picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, OPTIONS).source === '$^') {
        return 'is not a valid glob (check for an unclosed `{`, `[` or `(`, or a trailing `\\`)';
    }
    return undefined;
}


/***/ })

};
