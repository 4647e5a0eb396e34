export const id = 7121;
export const ids = [7121];
export const modules = {

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
