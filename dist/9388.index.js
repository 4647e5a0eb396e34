export const id = 9388;
export const ids = [9388];
export const modules = {

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ CREATE_CUSTOM_FIELD_PATH),
/* harmony export */   IR: () => (/* binding */ editIncidentPath),
/* harmony export */   qp: () => (/* binding */ CREATE_INCIDENT_PATH)
/* harmony export */ });
// The paths of the writes oncall-gate makes to incident.io, in one place: the client sends its
// requests to them, and the write plan shows them as the requests a run makes.
const CREATE_INCIDENT_PATH = '/v2/incidents';
const CREATE_CUSTOM_FIELD_PATH = '/v2/custom_fields';
const editIncidentPath = (id) => `/v2/incidents/${encodeURIComponent(id)}/actions/edit`;


/***/ })

};
