export const id = 391;
export const ids = [391];
export const modules = {

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   isUsageError: () => (/* binding */ isUsageError),
/* harmony export */   parseFlags: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Command-line arguments for every CLI subcommand: Node's own `util.parseArgs` (strict, long
// string options, `-h`/`--help`), with its errors reworded into one short line a user can act on.


/** A command line the command cannot run: an `input` error, exit code 2. */
function usageError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OncallGateError */ .lN({ kind: 'input', message, fix: '' });
}
/**
 * Whether `error` is a usage error: a flag, argument or environment variable the command cannot
 * use. An input a service refused (a malformed key) is not: it is reported with its fix, exit 1.
 */
const isUsageError = (error) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isError */ .bJ)(error, 'input') && error.service === undefined;
/** Parses `args` allowing the long string options `known`; throws a usage error on any misuse. */
function parseFlags(args, known) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const name of known)
        options[name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
    }
    catch (error) {
        throw usageError(usageMessage(error));
    }
    const flags = new Map();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option' || token.name === 'help')
            continue;
        if (flags.has(token.name))
            throw usageError(`Option --${token.name} is given twice.`);
        if (!token.value)
            throw usageError(`Option --${token.name} needs a value.`);
        flags.set(token.name, token.value);
    }
    return { flags, positionals: parsed.positionals, help: parsed.values.help === true };
}
/** util.parseArgs explains its errors at length; name the option and what is wrong with it. */
function usageMessage(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    // Messages quote the option as '--name' or '-h, --help'; keep the long form.
    const option = /'(?:-[^-\s], )?(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `Unknown option ${option}.`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        return /does not take an argument/.test(message) ? `Option ${option} takes no value.` : `Option ${option} needs a value.`;
    }
    return message;
}


/***/ })

};
