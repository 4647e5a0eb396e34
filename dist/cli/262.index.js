export const id = 262;
export const ids = [262];
export const modules = {

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeCliError: () => (/* binding */ describeCliError),
/* harmony export */   describeError: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The one place a thrown value becomes the line a user reads, for the action and for the command
// line. Our own errors (src/errors.ts) carry what failed and the fix as data, spelled for the
// audience: the action names its inputs and says to re-run the job, the command line names its
// environment variables and flags and says to try again. Anything else is a bug in oncall-gate,
// reported as such with what to do (never a stack trace).

const asIs = (text) => text;
const UNEXPECTED = {
    action: 'This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
    cli: 'This is a bug in oncall-gate; please report it with the command you ran.',
};
function describe(error, audience, redact) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isError */ .bJ)(error)) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.message, audience);
        const fix = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.fix, audience);
        return redact(fix && !message.includes(fix) ? `${message} ${fix}` : message);
    }
    if (error instanceof Error)
        return redact(`Unexpected error: ${error.message}. ${UNEXPECTED[audience]}`);
    return redact(`Unexpected error: ${String(error)}`);
}
/** The line the action shows for `error` (step summary, annotation, check run). */
function describeError(error, redact = asIs) {
    return describe(error, 'action', redact);
}
/** The line the command line prints for `error`. */
function describeCliError(error, redact = asIs) {
    return describe(error, 'cli', redact);
}


/***/ })

};
