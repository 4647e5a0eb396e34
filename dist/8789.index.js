export const id = 8789;
export const ids = [8789];
export const modules = {

/***/ 8789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ markdownName),
/* harmony export */   p: () => (/* binding */ publicName)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// How a person from incident.io is named in what GitHub shows (PR comments, step summaries, check
// runs), which whoever can read the repository or the run can read: their incident.io name, never
// their email. A name that is empty or holds an email address (incident.io accounts without a
// display name can carry one) is not shown; the caller shows the incident.io user ID instead.

/** Anything that looks like an email address inside a text. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** The name to show, or undefined when the caller should show the user ID. */
function publicName(name) {
    return name.trim() === '' || EMAIL_LIKE.test(name) ? undefined : name;
}
/** The person in Markdown: their name, escaped, or their incident.io user ID as code. */
function markdownName(name, userId) {
    const shown = publicName(name);
    return shown === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(userId) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown);
}


/***/ })

};
