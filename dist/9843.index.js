export const id = 9843;
export const ids = [9843];
export const modules = {

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRequest: () => (/* binding */ runRequest)
/* harmony export */ });
/* harmony import */ var _escalation_pull_request_flow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2531);
// `request`: on pull_request (opened, synchronize, reopened, labeled,
// edited, ready_for_review), decides whether the PR needs an on-call approval and, if so,
// auto-approves an on-call author or escalates (incident, sticky comment, review requests,
// `oncall-gate` check). A draft waits for ready for review and pages nobody.

function runRequest(ctx) {
    return (0,_escalation_pull_request_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .runPullRequestFlow */ .w)(ctx, 'request');
}


/***/ })

};
