export const id = 262;
export const ids = [262];
export const modules = {

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliWording: () => (/* binding */ cliWording),
/* harmony export */   describeCliError: () => (/* binding */ describeCliError),
/* harmony export */   describeError: () => (/* binding */ describeError),
/* harmony export */   isKnownError: () => (/* binding */ isKnownError)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
// Turns any thrown value into one line a user can act on. Known error types carry their own
// fix; anything else is reported as unexpected, with what to do (never a stack trace).

/** A named error class of ours (`IncidentIoError`, `GateError`, ...), not a JavaScript built-in. */
function isKnownError(error) {
    return (error instanceof Error &&
        /Error$/.test(error.name) &&
        !['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError'].includes(error.name));
}
const withFix = (error) => {
    const fix = error.fix;
    return `${error.message}${typeof fix === 'string' && fix && !error.message.includes(fix) ? ` ${fix}` : ''}`;
};
const scrubAll = (text, secrets) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .createRedactor */ .lY)(secrets).redact(text);
function describeError(error, secrets = []) {
    let message;
    if (error instanceof Error) {
        message = isKnownError(error)
            ? withFix(error)
            : `Unexpected error: ${error.message}. This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.`;
    }
    else {
        message = `Unexpected error: ${String(error)}`;
    }
    return scrubAll(message, secrets);
}
/**
 * The fixes the shared core writes name the action's inputs and the runner (`incidentio-api-key`,
 * "re-run the job"); on the command line the same settings are INCIDENTIO_API_KEY and
 * --api-url / INCIDENTIO_API_URL, so the advice is reworded to what a CLI user can change.
 */
const CLI_WORDING = [
    [/create a new key and update the secret/g, 'create a new key and set INCIDENTIO_API_KEY to it'],
    [/the key used in `incidentio-api-key`/g, 'the key in INCIDENTIO_API_KEY'],
    [/(the )?`incidentio-api-key`( secret| input)?/g, 'INCIDENTIO_API_KEY'],
    [/`incidentio-api-url` \(([^)]+)\)/g, 'the API URL $1 (--api-url or INCIDENTIO_API_URL)'],
    [/`incidentio-api-url`/g, 'the API URL (--api-url or INCIDENTIO_API_URL)'],
    [/incidentio-api-url/g, 'API URL'],
    [/the runner can reach it \(DNS, proxy, firewall, egress rules of self-hosted runners\)/g, 'this machine can reach it (DNS, proxy, firewall)'],
    [/re-run the job/g, 'try again'],
    [/ instead of hanging the job/g, ' instead of hanging'],
];
function cliWording(text) {
    return CLI_WORDING.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
/** describeError for the command line: CLI wording, and no advice about workflow debug logs. */
function describeCliError(error, secrets = []) {
    const message = error instanceof Error
        ? isKnownError(error)
            ? cliWording(withFix(error))
            : `Unexpected error: ${error.message}. This is a bug in oncall-gate; please report it with the command you ran.`
        : `Unexpected error: ${String(error)}`;
    return scrubAll(message, secrets);
}


/***/ })

};
