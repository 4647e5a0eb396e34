export const id = 4368;
export const ids = [4368];
export const modules = {

/***/ 4368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReview: () => (/* binding */ runReview)
/* harmony export */ });
/* harmony import */ var _escalation_pull_request_flow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2531);
// `review`: on pull_request_review (submitted, dismissed), re-evaluates the
// PR's approvals: an APPROVED review on the current head by someone on call for the escalation
// schedules approves; a CHANGES_REQUESTED by such a person denies. Same flow as `request`, so
// both always agree.

function runReview(ctx) {
    return (0,_escalation_pull_request_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .runPullRequestFlow */ .w)(ctx, 'review');
}


/***/ })

};
