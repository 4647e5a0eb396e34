// @ts-nocheck
// GENERATED from src/record/schema.ts by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json","title":"oncall-gate decision record","description":"One decision of `gate`, `request` or `review`: the verdict, the policy it came from and the evidence. See docs/decision-record.md.","type":"object","additionalProperties":false,"required":["schemaVersion","product","command","decidedAt","verdict","approved","dryRun","repository","run","subject","requester","policies","evidence"],"properties":{"schemaVersion":{"const":1},"product":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"oncall-gate"},"version":{"type":"string","maxLength":500}}},"command":{"enum":["gate","request","review"]},"decidedAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"The decision time (the instant on-call was judged at)."},"verdict":{"enum":["approved","denied","pending","not-required","error"]},"approved":{"type":"boolean"},"approvedBy":{"type":"string","maxLength":500},"expiresAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"RFC 3339 time."},"dryRun":{"type":"boolean","description":"A dry run: nothing was written to GitHub or incident.io."},"reason":{"type":"string","maxLength":4000,"description":"The reason given: the `reason` input, or the pull request's `Reason:` line."},"degraded":{"type":"object","description":"Set only when a degraded mode decided (an outage fallback the policy chose); absent otherwise.","required":["mode","reason"],"properties":{"mode":{"type":"string","maxLength":500},"reason":{"type":"string","maxLength":4000},"fallbacks":{"type":"array","description":"outage: how each matched policy's `whenUnavailable` fallback fared.","items":{"type":"object","additionalProperties":false,"required":["policy","line","status","requireReason"],"properties":{"policy":{"type":"string","maxLength":500},"line":{"type":"integer","minimum":1,"description":"The line of `whenUnavailable` in the policy file."},"status":{"type":"string","description":"approved | waiting | vetoed | unread | reason-missing."},"requireReason":{"type":"boolean","description":"A rule of the policy requires a reason, so the fallback does too."},"reason":{"enum":["missing","too-short"],"description":"reason-missing: what was wrong with the reason."},"approvedBy":{"type":"array","items":{"type":"string","maxLength":500},"description":"approved: the approving logins."},"expiresAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"RFC 3339 time."}}}}}},"repository":{"type":"string","maxLength":500},"run":{"type":"object","additionalProperties":false,"required":["id","attempt","event","actor","triggeringActor"],"properties":{"id":{"type":"string","maxLength":500},"attempt":{"type":"string","maxLength":500},"event":{"type":"string","maxLength":500},"actor":{"type":"string","maxLength":500},"triggeringActor":{"type":"string","maxLength":500},"url":{"type":"string","maxLength":500}}},"subject":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["run","pull"]},"sha":{"type":"string","maxLength":500,"description":"run: the deployed commit (GITHUB_SHA)."},"ref":{"type":"string","maxLength":500},"environment":{"type":"string","maxLength":500},"policy":{"type":"string","maxLength":500,"description":"run: the `policy` input."},"number":{"type":"integer","minimum":1},"headSha":{"type":"string","maxLength":500},"baseRef":{"type":"string","maxLength":500},"baseSha":{"type":"string","maxLength":500}}},"requester":{"type":"object","additionalProperties":false,"required":["login","emailFound"],"properties":{"login":{"type":"string","maxLength":500},"emailFound":{"type":"boolean","description":"An incident.io email was found for the login (the email itself is not recorded)."},"emailSource":{"type":"string","maxLength":500}}},"policy":{"type":"object","additionalProperties":false,"required":["path","source","files"],"description":"The deciding policy folder; absent when the run stopped before reading it.","properties":{"path":{"type":"string","maxLength":500},"commit":{"type":"string","maxLength":500,"description":"The trusted commit the policy was read at."},"branch":{"type":"string","maxLength":500},"source":{"enum":["checkout","api"],"description":"How the commit's files were read: git objects of the checkout, or the GitHub API."},"files":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","maxLength":500},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the file's bytes at the commit."},"problem":{"type":"string","maxLength":500,"description":"Why the entry could not be read as a policy (a link, over a size limit)."}}}}}},"policies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","file","line","result","decidedBy","rules"],"properties":{"name":{"type":"string","maxLength":500},"file":{"type":"string","maxLength":500},"line":{"type":"integer","minimum":1},"result":{"enum":["approved","denied","pending"]},"decidedBy":{"enum":["deny-rule","no-rules","veto","rule","waiting","nothing-holds","draft","fallback"],"description":"What settled the policy."},"rule":{"type":"integer","minimum":1,"description":"The rule that settled it (deny-rule, veto, rule)."},"expiresAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"RFC 3339 time."},"approvedBy":{"type":"string","maxLength":500},"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","type","line","status","holds","schedules"],"properties":{"rule":{"type":"integer","minimum":1,"description":"1-based position in the policy's `approval` list."},"type":{"enum":["auto","escalation","deny"]},"line":{"type":"integer","minimum":1,"description":"The line of the rule in its policy file."},"status":{"type":"string","description":"How the rule fared: auto no-schedules | no-identity | not-on-call | reason-missing | on-call; escalation reason-missing | unread | waiting | approved | vetoed; deny denies."},"holds":{"type":"boolean","description":"The rule approves."},"schedules":{"type":"array","items":{"type":"string","maxLength":500},"description":"The schedule IDs the rule consults."},"expiresAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"RFC 3339 time."},"approvedBy":{"type":"array","items":{"type":"string","maxLength":500},"description":"escalation: the approving logins."},"reason":{"enum":["missing","too-short"],"description":"requireReason: what was wrong with the reason."},"text":{"type":"string","maxLength":4000,"description":"deny: the reason the policy gives."}}}}}},"description":"The matched policies and how each rule fared."},"evidence":{"type":"object","additionalProperties":false,"required":["schedules","reviews","incidents"],"properties":{"schedules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","purpose","entries","sha256"],"properties":{"id":{"type":"string","maxLength":500},"purpose":{"enum":["on-call","review-history"],"description":"on-call: the final entries covering the decision time; review-history: the final entries around the reviews' submitted_at."},"entries":{"type":"integer","minimum":0},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Digest of the entries used (docs/decision-record.md, \"Digests\")."},"onCall":{"type":"array","description":"on-call: who was on call at the decision time.","items":{"type":"object","additionalProperties":false,"required":["name","userId"],"properties":{"name":{"type":"string","maxLength":500},"userId":{"type":"string","maxLength":500},"login":{"type":"string","maxLength":500}}}}}}},"reviews":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","pull","reviewer","state","submittedAt","counted"],"properties":{"id":{"type":"integer"},"pull":{"type":"integer","minimum":1},"reviewer":{"type":"string","maxLength":500},"state":{"type":"string","maxLength":500},"submittedAt":{"anyOf":[{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"RFC 3339 time."},{"type":"null"}]},"commitId":{"anyOf":[{"type":"string","maxLength":500},{"type":"null"}]},"counted":{"type":"string","description":"Why the review counts or not: approves, vetoes, not-on-call, own-change, stale-commit, outsider (<author_association>), ..."}}}},"incidents":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["policy"],"properties":{"policy":{"type":"string","maxLength":500},"id":{"type":"string","maxLength":500},"reference":{"type":"string","maxLength":500},"url":{"type":"string","maxLength":500}}}}}},"error":{"type":"object","additionalProperties":false,"required":["message"],"properties":{"message":{"type":"string","maxLength":4000},"fix":{"type":"string","maxLength":4000}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
const pattern3 = new RegExp("^[0-9a-f]{64}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.decidedAt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decidedAt"},message:"must have required property '"+"decidedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.verdict === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.approved === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approved"},message:"must have required property '"+"approved"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.dryRun === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dryRun"},message:"must have required property '"+"dryRun"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.repository === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.run === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.subject === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.requester === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requester"},message:"must have required property '"+"requester"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.policies === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policies"},message:"must have required property '"+"policies"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.evidence === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err14 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err15 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.version === undefined){
const err16 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "name") || (key1 === "version"))){
const err17 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.name !== undefined){
if("oncall-gate" !== data1.name){
const err18 = {instancePath:instancePath+"/product/name",schemaPath:"#/properties/product/properties/name/const",keyword:"const",params:{allowedValue: "oncall-gate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.version !== undefined){
let data3 = data1.version;
if(typeof data3 === "string"){
if(data3.length > 500){
const err19 = {instancePath:instancePath+"/product/version",schemaPath:"#/properties/product/properties/version/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/product/version",schemaPath:"#/properties/product/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.command !== undefined){
let data4 = data.command;
if(!(((data4 === "gate") || (data4 === "request")) || (data4 === "review"))){
const err22 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/enum",keyword:"enum",params:{allowedValues: schema11.properties.command.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.decidedAt !== undefined){
let data5 = data.decidedAt;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err23 = {instancePath:instancePath+"/decidedAt",schemaPath:"#/properties/decidedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/decidedAt",schemaPath:"#/properties/decidedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.verdict !== undefined){
let data6 = data.verdict;
if(!(((((data6 === "approved") || (data6 === "denied")) || (data6 === "pending")) || (data6 === "not-required")) || (data6 === "error"))){
const err25 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.approved !== undefined){
if(typeof data.approved !== "boolean"){
const err26 = {instancePath:instancePath+"/approved",schemaPath:"#/properties/approved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.approvedBy !== undefined){
let data8 = data.approvedBy;
if(typeof data8 === "string"){
if(data8.length > 500){
const err27 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/properties/approvedBy/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/properties/approvedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data9 = data.expiresAt;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err29 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.dryRun !== undefined){
if(typeof data.dryRun !== "boolean"){
const err31 = {instancePath:instancePath+"/dryRun",schemaPath:"#/properties/dryRun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.reason !== undefined){
let data11 = data.reason;
if(typeof data11 === "string"){
if(data11.length > 4000){
const err32 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.degraded !== undefined){
let data12 = data.degraded;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.mode === undefined){
const err34 = {instancePath:instancePath+"/degraded",schemaPath:"#/properties/degraded/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.reason === undefined){
const err35 = {instancePath:instancePath+"/degraded",schemaPath:"#/properties/degraded/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.mode !== undefined){
let data13 = data12.mode;
if(typeof data13 === "string"){
if(data13.length > 500){
const err36 = {instancePath:instancePath+"/degraded/mode",schemaPath:"#/properties/degraded/properties/mode/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/degraded/mode",schemaPath:"#/properties/degraded/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.reason !== undefined){
let data14 = data12.reason;
if(typeof data14 === "string"){
if(data14.length > 4000){
const err38 = {instancePath:instancePath+"/degraded/reason",schemaPath:"#/properties/degraded/properties/reason/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/degraded/reason",schemaPath:"#/properties/degraded/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.fallbacks !== undefined){
let data15 = data12.fallbacks;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.policy === undefined){
const err40 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.line === undefined){
const err41 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.status === undefined){
const err42 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.requireReason === undefined){
const err43 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/required",keyword:"required",params:{missingProperty: "requireReason"},message:"must have required property '"+"requireReason"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data16){
if(!(((((((key2 === "policy") || (key2 === "line")) || (key2 === "status")) || (key2 === "requireReason")) || (key2 === "reason")) || (key2 === "approvedBy")) || (key2 === "expiresAt"))){
const err44 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.policy !== undefined){
let data17 = data16.policy;
if(typeof data17 === "string"){
if(data17.length > 500){
const err45 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/policy",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/policy/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/policy",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.line !== undefined){
let data18 = data16.line;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err47 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/line",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/line",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data16.status !== undefined){
if(typeof data16.status !== "string"){
const err49 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/status",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.requireReason !== undefined){
if(typeof data16.requireReason !== "boolean"){
const err50 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/requireReason",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/requireReason/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.reason !== undefined){
let data21 = data16.reason;
if(!((data21 === "missing") || (data21 === "too-short"))){
const err51 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/reason",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/reason/enum",keyword:"enum",params:{allowedValues: schema11.properties.degraded.properties.fallbacks.items.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.approvedBy !== undefined){
let data22 = data16.approvedBy;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 === "string"){
if(data23.length > 500){
const err52 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/approvedBy/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/approvedBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/approvedBy",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/approvedBy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.expiresAt !== undefined){
let data24 = data16.expiresAt;
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err55 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/expiresAt",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/degraded/fallbacks/" + i0+"/expiresAt",schemaPath:"#/properties/degraded/properties/fallbacks/items/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/degraded/fallbacks/" + i0,schemaPath:"#/properties/degraded/properties/fallbacks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/degraded/fallbacks",schemaPath:"#/properties/degraded/properties/fallbacks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/degraded",schemaPath:"#/properties/degraded/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.repository !== undefined){
let data25 = data.repository;
if(typeof data25 === "string"){
if(data25.length > 500){
const err60 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.run !== undefined){
let data26 = data.run;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.id === undefined){
const err62 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data26.attempt === undefined){
const err63 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data26.event === undefined){
const err64 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data26.actor === undefined){
const err65 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data26.triggeringActor === undefined){
const err66 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "triggeringActor"},message:"must have required property '"+"triggeringActor"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key3 in data26){
if(!((((((key3 === "id") || (key3 === "attempt")) || (key3 === "event")) || (key3 === "actor")) || (key3 === "triggeringActor")) || (key3 === "url"))){
const err67 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data26.id !== undefined){
let data27 = data26.id;
if(typeof data27 === "string"){
if(data27.length > 500){
const err68 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data26.attempt !== undefined){
let data28 = data26.attempt;
if(typeof data28 === "string"){
if(data28.length > 500){
const err70 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data26.event !== undefined){
let data29 = data26.event;
if(typeof data29 === "string"){
if(data29.length > 500){
const err72 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data26.actor !== undefined){
let data30 = data26.actor;
if(typeof data30 === "string"){
if(data30.length > 500){
const err74 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data26.triggeringActor !== undefined){
let data31 = data26.triggeringActor;
if(typeof data31 === "string"){
if(data31.length > 500){
const err76 = {instancePath:instancePath+"/run/triggeringActor",schemaPath:"#/properties/run/properties/triggeringActor/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/run/triggeringActor",schemaPath:"#/properties/run/properties/triggeringActor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data26.url !== undefined){
let data32 = data26.url;
if(typeof data32 === "string"){
if(data32.length > 500){
const err78 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.subject !== undefined){
let data33 = data.subject;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.kind === undefined){
const err81 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key4 in data33){
if(!(func2.call(schema11.properties.subject.properties, key4))){
const err82 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data33.kind !== undefined){
let data34 = data33.kind;
if(!((data34 === "run") || (data34 === "pull"))){
const err83 = {instancePath:instancePath+"/subject/kind",schemaPath:"#/properties/subject/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.subject.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data33.sha !== undefined){
let data35 = data33.sha;
if(typeof data35 === "string"){
if(data35.length > 500){
const err84 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data33.ref !== undefined){
let data36 = data33.ref;
if(typeof data36 === "string"){
if(data36.length > 500){
const err86 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data33.environment !== undefined){
let data37 = data33.environment;
if(typeof data37 === "string"){
if(data37.length > 500){
const err88 = {instancePath:instancePath+"/subject/environment",schemaPath:"#/properties/subject/properties/environment/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/subject/environment",schemaPath:"#/properties/subject/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data33.policy !== undefined){
let data38 = data33.policy;
if(typeof data38 === "string"){
if(data38.length > 500){
const err90 = {instancePath:instancePath+"/subject/policy",schemaPath:"#/properties/subject/properties/policy/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/subject/policy",schemaPath:"#/properties/subject/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data33.number !== undefined){
let data39 = data33.number;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err92 = {instancePath:instancePath+"/subject/number",schemaPath:"#/properties/subject/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 1 || isNaN(data39)){
const err93 = {instancePath:instancePath+"/subject/number",schemaPath:"#/properties/subject/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data33.headSha !== undefined){
let data40 = data33.headSha;
if(typeof data40 === "string"){
if(data40.length > 500){
const err94 = {instancePath:instancePath+"/subject/headSha",schemaPath:"#/properties/subject/properties/headSha/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/subject/headSha",schemaPath:"#/properties/subject/properties/headSha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data33.baseRef !== undefined){
let data41 = data33.baseRef;
if(typeof data41 === "string"){
if(data41.length > 500){
const err96 = {instancePath:instancePath+"/subject/baseRef",schemaPath:"#/properties/subject/properties/baseRef/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/subject/baseRef",schemaPath:"#/properties/subject/properties/baseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data33.baseSha !== undefined){
let data42 = data33.baseSha;
if(typeof data42 === "string"){
if(data42.length > 500){
const err98 = {instancePath:instancePath+"/subject/baseSha",schemaPath:"#/properties/subject/properties/baseSha/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/subject/baseSha",schemaPath:"#/properties/subject/properties/baseSha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.requester !== undefined){
let data43 = data.requester;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.login === undefined){
const err101 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data43.emailFound === undefined){
const err102 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/required",keyword:"required",params:{missingProperty: "emailFound"},message:"must have required property '"+"emailFound"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key5 in data43){
if(!(((key5 === "login") || (key5 === "emailFound")) || (key5 === "emailSource"))){
const err103 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data43.login !== undefined){
let data44 = data43.login;
if(typeof data44 === "string"){
if(data44.length > 500){
const err104 = {instancePath:instancePath+"/requester/login",schemaPath:"#/properties/requester/properties/login/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/requester/login",schemaPath:"#/properties/requester/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data43.emailFound !== undefined){
if(typeof data43.emailFound !== "boolean"){
const err106 = {instancePath:instancePath+"/requester/emailFound",schemaPath:"#/properties/requester/properties/emailFound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data43.emailSource !== undefined){
let data46 = data43.emailSource;
if(typeof data46 === "string"){
if(data46.length > 500){
const err107 = {instancePath:instancePath+"/requester/emailSource",schemaPath:"#/properties/requester/properties/emailSource/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/requester/emailSource",schemaPath:"#/properties/requester/properties/emailSource/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.policy !== undefined){
let data47 = data.policy;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.path === undefined){
const err110 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data47.source === undefined){
const err111 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data47.files === undefined){
const err112 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key6 in data47){
if(!(((((key6 === "path") || (key6 === "commit")) || (key6 === "branch")) || (key6 === "source")) || (key6 === "files"))){
const err113 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data47.path !== undefined){
let data48 = data47.path;
if(typeof data48 === "string"){
if(data48.length > 500){
const err114 = {instancePath:instancePath+"/policy/path",schemaPath:"#/properties/policy/properties/path/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/policy/path",schemaPath:"#/properties/policy/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data47.commit !== undefined){
let data49 = data47.commit;
if(typeof data49 === "string"){
if(data49.length > 500){
const err116 = {instancePath:instancePath+"/policy/commit",schemaPath:"#/properties/policy/properties/commit/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/policy/commit",schemaPath:"#/properties/policy/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data47.branch !== undefined){
let data50 = data47.branch;
if(typeof data50 === "string"){
if(data50.length > 500){
const err118 = {instancePath:instancePath+"/policy/branch",schemaPath:"#/properties/policy/properties/branch/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/policy/branch",schemaPath:"#/properties/policy/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data47.source !== undefined){
let data51 = data47.source;
if(!((data51 === "checkout") || (data51 === "api"))){
const err120 = {instancePath:instancePath+"/policy/source",schemaPath:"#/properties/policy/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.policy.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data47.files !== undefined){
let data52 = data47.files;
if(Array.isArray(data52)){
const len2 = data52.length;
for(let i2=0; i2<len2; i2++){
let data53 = data52[i2];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.path === undefined){
const err121 = {instancePath:instancePath+"/policy/files/" + i2,schemaPath:"#/properties/policy/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key7 in data53){
if(!(((key7 === "path") || (key7 === "sha256")) || (key7 === "problem"))){
const err122 = {instancePath:instancePath+"/policy/files/" + i2,schemaPath:"#/properties/policy/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data53.path !== undefined){
let data54 = data53.path;
if(typeof data54 === "string"){
if(data54.length > 500){
const err123 = {instancePath:instancePath+"/policy/files/" + i2+"/path",schemaPath:"#/properties/policy/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/policy/files/" + i2+"/path",schemaPath:"#/properties/policy/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data53.sha256 !== undefined){
let data55 = data53.sha256;
if(typeof data55 === "string"){
if(!pattern3.test(data55)){
const err125 = {instancePath:instancePath+"/policy/files/" + i2+"/sha256",schemaPath:"#/properties/policy/properties/files/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/policy/files/" + i2+"/sha256",schemaPath:"#/properties/policy/properties/files/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data53.problem !== undefined){
let data56 = data53.problem;
if(typeof data56 === "string"){
if(data56.length > 500){
const err127 = {instancePath:instancePath+"/policy/files/" + i2+"/problem",schemaPath:"#/properties/policy/properties/files/items/properties/problem/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/policy/files/" + i2+"/problem",schemaPath:"#/properties/policy/properties/files/items/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/policy/files/" + i2,schemaPath:"#/properties/policy/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/policy/files",schemaPath:"#/properties/policy/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.policies !== undefined){
let data57 = data.policies;
if(Array.isArray(data57)){
const len3 = data57.length;
for(let i3=0; i3<len3; i3++){
let data58 = data57[i3];
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.name === undefined){
const err132 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data58.file === undefined){
const err133 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data58.line === undefined){
const err134 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data58.result === undefined){
const err135 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data58.decidedBy === undefined){
const err136 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "decidedBy"},message:"must have required property '"+"decidedBy"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data58.rules === undefined){
const err137 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key8 in data58){
if(!(func2.call(schema11.properties.policies.items.properties, key8))){
const err138 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data58.name !== undefined){
let data59 = data58.name;
if(typeof data59 === "string"){
if(data59.length > 500){
const err139 = {instancePath:instancePath+"/policies/" + i3+"/name",schemaPath:"#/properties/policies/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/policies/" + i3+"/name",schemaPath:"#/properties/policies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data58.file !== undefined){
let data60 = data58.file;
if(typeof data60 === "string"){
if(data60.length > 500){
const err141 = {instancePath:instancePath+"/policies/" + i3+"/file",schemaPath:"#/properties/policies/items/properties/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/policies/" + i3+"/file",schemaPath:"#/properties/policies/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data58.line !== undefined){
let data61 = data58.line;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err143 = {instancePath:instancePath+"/policies/" + i3+"/line",schemaPath:"#/properties/policies/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 1 || isNaN(data61)){
const err144 = {instancePath:instancePath+"/policies/" + i3+"/line",schemaPath:"#/properties/policies/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
if(data58.result !== undefined){
let data62 = data58.result;
if(!(((data62 === "approved") || (data62 === "denied")) || (data62 === "pending"))){
const err145 = {instancePath:instancePath+"/policies/" + i3+"/result",schemaPath:"#/properties/policies/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema11.properties.policies.items.properties.result.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data58.decidedBy !== undefined){
let data63 = data58.decidedBy;
if(!((((((((data63 === "deny-rule") || (data63 === "no-rules")) || (data63 === "veto")) || (data63 === "rule")) || (data63 === "waiting")) || (data63 === "nothing-holds")) || (data63 === "draft")) || (data63 === "fallback"))){
const err146 = {instancePath:instancePath+"/policies/" + i3+"/decidedBy",schemaPath:"#/properties/policies/items/properties/decidedBy/enum",keyword:"enum",params:{allowedValues: schema11.properties.policies.items.properties.decidedBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data58.rule !== undefined){
let data64 = data58.rule;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err147 = {instancePath:instancePath+"/policies/" + i3+"/rule",schemaPath:"#/properties/policies/items/properties/rule/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 1 || isNaN(data64)){
const err148 = {instancePath:instancePath+"/policies/" + i3+"/rule",schemaPath:"#/properties/policies/items/properties/rule/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
if(data58.expiresAt !== undefined){
let data65 = data58.expiresAt;
if(typeof data65 === "string"){
if(!pattern0.test(data65)){
const err149 = {instancePath:instancePath+"/policies/" + i3+"/expiresAt",schemaPath:"#/properties/policies/items/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/policies/" + i3+"/expiresAt",schemaPath:"#/properties/policies/items/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data58.approvedBy !== undefined){
let data66 = data58.approvedBy;
if(typeof data66 === "string"){
if(data66.length > 500){
const err151 = {instancePath:instancePath+"/policies/" + i3+"/approvedBy",schemaPath:"#/properties/policies/items/properties/approvedBy/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/policies/" + i3+"/approvedBy",schemaPath:"#/properties/policies/items/properties/approvedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data58.rules !== undefined){
let data67 = data58.rules;
if(Array.isArray(data67)){
const len4 = data67.length;
for(let i4=0; i4<len4; i4++){
let data68 = data67[i4];
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.rule === undefined){
const err153 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data68.type === undefined){
const err154 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data68.line === undefined){
const err155 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data68.status === undefined){
const err156 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(data68.holds === undefined){
const err157 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "holds"},message:"must have required property '"+"holds"+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data68.schedules === undefined){
const err158 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/required",keyword:"required",params:{missingProperty: "schedules"},message:"must have required property '"+"schedules"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key9 in data68){
if(!(func2.call(schema11.properties.policies.items.properties.rules.items.properties, key9))){
const err159 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data68.rule !== undefined){
let data69 = data68.rule;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err160 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/rule",schemaPath:"#/properties/policies/items/properties/rules/items/properties/rule/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 1 || isNaN(data69)){
const err161 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/rule",schemaPath:"#/properties/policies/items/properties/rules/items/properties/rule/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
if(data68.type !== undefined){
let data70 = data68.type;
if(!(((data70 === "auto") || (data70 === "escalation")) || (data70 === "deny"))){
const err162 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/type",schemaPath:"#/properties/policies/items/properties/rules/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.policies.items.properties.rules.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data68.line !== undefined){
let data71 = data68.line;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err163 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/line",schemaPath:"#/properties/policies/items/properties/rules/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 1 || isNaN(data71)){
const err164 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/line",schemaPath:"#/properties/policies/items/properties/rules/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data68.status !== undefined){
if(typeof data68.status !== "string"){
const err165 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/status",schemaPath:"#/properties/policies/items/properties/rules/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data68.holds !== undefined){
if(typeof data68.holds !== "boolean"){
const err166 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/holds",schemaPath:"#/properties/policies/items/properties/rules/items/properties/holds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data68.schedules !== undefined){
let data74 = data68.schedules;
if(Array.isArray(data74)){
const len5 = data74.length;
for(let i5=0; i5<len5; i5++){
let data75 = data74[i5];
if(typeof data75 === "string"){
if(data75.length > 500){
const err167 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/schedules/" + i5,schemaPath:"#/properties/policies/items/properties/rules/items/properties/schedules/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/schedules/" + i5,schemaPath:"#/properties/policies/items/properties/rules/items/properties/schedules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/schedules",schemaPath:"#/properties/policies/items/properties/rules/items/properties/schedules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data68.expiresAt !== undefined){
let data76 = data68.expiresAt;
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
const err170 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/expiresAt",schemaPath:"#/properties/policies/items/properties/rules/items/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/expiresAt",schemaPath:"#/properties/policies/items/properties/rules/items/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data68.approvedBy !== undefined){
let data77 = data68.approvedBy;
if(Array.isArray(data77)){
const len6 = data77.length;
for(let i6=0; i6<len6; i6++){
let data78 = data77[i6];
if(typeof data78 === "string"){
if(data78.length > 500){
const err172 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/approvedBy/" + i6,schemaPath:"#/properties/policies/items/properties/rules/items/properties/approvedBy/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/approvedBy/" + i6,schemaPath:"#/properties/policies/items/properties/rules/items/properties/approvedBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/approvedBy",schemaPath:"#/properties/policies/items/properties/rules/items/properties/approvedBy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data68.reason !== undefined){
let data79 = data68.reason;
if(!((data79 === "missing") || (data79 === "too-short"))){
const err175 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/reason",schemaPath:"#/properties/policies/items/properties/rules/items/properties/reason/enum",keyword:"enum",params:{allowedValues: schema11.properties.policies.items.properties.rules.items.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data68.text !== undefined){
let data80 = data68.text;
if(typeof data80 === "string"){
if(data80.length > 4000){
const err176 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/text",schemaPath:"#/properties/policies/items/properties/rules/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4+"/text",schemaPath:"#/properties/policies/items/properties/rules/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/policies/" + i3+"/rules/" + i4,schemaPath:"#/properties/policies/items/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/policies/" + i3+"/rules",schemaPath:"#/properties/policies/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/policies/" + i3,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data.evidence !== undefined){
let data81 = data.evidence;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.schedules === undefined){
const err182 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "schedules"},message:"must have required property '"+"schedules"+"'"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data81.reviews === undefined){
const err183 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "reviews"},message:"must have required property '"+"reviews"+"'"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data81.incidents === undefined){
const err184 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "incidents"},message:"must have required property '"+"incidents"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key10 in data81){
if(!(((key10 === "schedules") || (key10 === "reviews")) || (key10 === "incidents"))){
const err185 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data81.schedules !== undefined){
let data82 = data81.schedules;
if(Array.isArray(data82)){
const len7 = data82.length;
for(let i7=0; i7<len7; i7++){
let data83 = data82[i7];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.id === undefined){
const err186 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data83.purpose === undefined){
const err187 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data83.entries === undefined){
const err188 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data83.sha256 === undefined){
const err189 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
for(const key11 in data83){
if(!(((((key11 === "id") || (key11 === "purpose")) || (key11 === "entries")) || (key11 === "sha256")) || (key11 === "onCall"))){
const err190 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data83.id !== undefined){
let data84 = data83.id;
if(typeof data84 === "string"){
if(data84.length > 500){
const err191 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/id",schemaPath:"#/properties/evidence/properties/schedules/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/id",schemaPath:"#/properties/evidence/properties/schedules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data83.purpose !== undefined){
let data85 = data83.purpose;
if(!((data85 === "on-call") || (data85 === "review-history"))){
const err193 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/purpose",schemaPath:"#/properties/evidence/properties/schedules/items/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema11.properties.evidence.properties.schedules.items.properties.purpose.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data83.entries !== undefined){
let data86 = data83.entries;
if(!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))){
const err194 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/entries",schemaPath:"#/properties/evidence/properties/schedules/items/properties/entries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 < 0 || isNaN(data86)){
const err195 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/entries",schemaPath:"#/properties/evidence/properties/schedules/items/properties/entries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
if(data83.sha256 !== undefined){
let data87 = data83.sha256;
if(typeof data87 === "string"){
if(!pattern3.test(data87)){
const err196 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/sha256",schemaPath:"#/properties/evidence/properties/schedules/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/sha256",schemaPath:"#/properties/evidence/properties/schedules/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data83.onCall !== undefined){
let data88 = data83.onCall;
if(Array.isArray(data88)){
const len8 = data88.length;
for(let i8=0; i8<len8; i8++){
let data89 = data88[i8];
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.name === undefined){
const err198 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8,schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data89.userId === undefined){
const err199 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8,schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
for(const key12 in data89){
if(!(((key12 === "name") || (key12 === "userId")) || (key12 === "login"))){
const err200 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8,schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data89.name !== undefined){
let data90 = data89.name;
if(typeof data90 === "string"){
if(data90.length > 500){
const err201 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/name",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/name",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data89.userId !== undefined){
let data91 = data89.userId;
if(typeof data91 === "string"){
if(data91.length > 500){
const err203 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/userId",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/userId/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/userId",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data89.login !== undefined){
let data92 = data89.login;
if(typeof data92 === "string"){
if(data92.length > 500){
const err205 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/login",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/login/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8+"/login",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall/" + i8,schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/evidence/schedules/" + i7+"/onCall",schemaPath:"#/properties/evidence/properties/schedules/items/properties/onCall/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/evidence/schedules/" + i7,schemaPath:"#/properties/evidence/properties/schedules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/evidence/schedules",schemaPath:"#/properties/evidence/properties/schedules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data81.reviews !== undefined){
let data93 = data81.reviews;
if(Array.isArray(data93)){
const len9 = data93.length;
for(let i9=0; i9<len9; i9++){
let data94 = data93[i9];
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.id === undefined){
const err211 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data94.pull === undefined){
const err212 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "pull"},message:"must have required property '"+"pull"+"'"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data94.reviewer === undefined){
const err213 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data94.state === undefined){
const err214 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data94.submittedAt === undefined){
const err215 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "submittedAt"},message:"must have required property '"+"submittedAt"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data94.counted === undefined){
const err216 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/required",keyword:"required",params:{missingProperty: "counted"},message:"must have required property '"+"counted"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key13 in data94){
if(!(((((((key13 === "id") || (key13 === "pull")) || (key13 === "reviewer")) || (key13 === "state")) || (key13 === "submittedAt")) || (key13 === "commitId")) || (key13 === "counted"))){
const err217 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data94.id !== undefined){
let data95 = data94.id;
if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){
const err218 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/id",schemaPath:"#/properties/evidence/properties/reviews/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data94.pull !== undefined){
let data96 = data94.pull;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err219 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/pull",schemaPath:"#/properties/evidence/properties/reviews/items/properties/pull/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 1 || isNaN(data96)){
const err220 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/pull",schemaPath:"#/properties/evidence/properties/reviews/items/properties/pull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
if(data94.reviewer !== undefined){
let data97 = data94.reviewer;
if(typeof data97 === "string"){
if(data97.length > 500){
const err221 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/reviewer",schemaPath:"#/properties/evidence/properties/reviews/items/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/reviewer",schemaPath:"#/properties/evidence/properties/reviews/items/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data94.state !== undefined){
let data98 = data94.state;
if(typeof data98 === "string"){
if(data98.length > 500){
const err223 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/state",schemaPath:"#/properties/evidence/properties/reviews/items/properties/state/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/state",schemaPath:"#/properties/evidence/properties/reviews/items/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data94.submittedAt !== undefined){
let data99 = data94.submittedAt;
const _errs202 = errors;
let valid35 = false;
const _errs203 = errors;
if(typeof data99 === "string"){
if(!pattern0.test(data99)){
const err225 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/submittedAt",schemaPath:"#/properties/evidence/properties/reviews/items/properties/submittedAt/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/submittedAt",schemaPath:"#/properties/evidence/properties/reviews/items/properties/submittedAt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
var _valid0 = _errs203 === errors;
valid35 = valid35 || _valid0;
if(!valid35){
const _errs205 = errors;
if(data99 !== null){
const err227 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/submittedAt",schemaPath:"#/properties/evidence/properties/reviews/items/properties/submittedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var _valid0 = _errs205 === errors;
valid35 = valid35 || _valid0;
}
if(!valid35){
const err228 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/submittedAt",schemaPath:"#/properties/evidence/properties/reviews/items/properties/submittedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
else {
errors = _errs202;
if(vErrors !== null){
if(_errs202){
vErrors.length = _errs202;
}
else {
vErrors = null;
}
}
}
}
if(data94.commitId !== undefined){
let data100 = data94.commitId;
const _errs208 = errors;
let valid36 = false;
const _errs209 = errors;
if(typeof data100 === "string"){
if(data100.length > 500){
const err229 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/commitId",schemaPath:"#/properties/evidence/properties/reviews/items/properties/commitId/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/commitId",schemaPath:"#/properties/evidence/properties/reviews/items/properties/commitId/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
var _valid1 = _errs209 === errors;
valid36 = valid36 || _valid1;
if(!valid36){
const _errs211 = errors;
if(data100 !== null){
const err231 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/commitId",schemaPath:"#/properties/evidence/properties/reviews/items/properties/commitId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid1 = _errs211 === errors;
valid36 = valid36 || _valid1;
}
if(!valid36){
const err232 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/commitId",schemaPath:"#/properties/evidence/properties/reviews/items/properties/commitId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
else {
errors = _errs208;
if(vErrors !== null){
if(_errs208){
vErrors.length = _errs208;
}
else {
vErrors = null;
}
}
}
}
if(data94.counted !== undefined){
if(typeof data94.counted !== "string"){
const err233 = {instancePath:instancePath+"/evidence/reviews/" + i9+"/counted",schemaPath:"#/properties/evidence/properties/reviews/items/properties/counted/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/evidence/reviews/" + i9,schemaPath:"#/properties/evidence/properties/reviews/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
else {
const err235 = {instancePath:instancePath+"/evidence/reviews",schemaPath:"#/properties/evidence/properties/reviews/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data81.incidents !== undefined){
let data102 = data81.incidents;
if(Array.isArray(data102)){
const len10 = data102.length;
for(let i10=0; i10<len10; i10++){
let data103 = data102[i10];
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.policy === undefined){
const err236 = {instancePath:instancePath+"/evidence/incidents/" + i10,schemaPath:"#/properties/evidence/properties/incidents/items/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
for(const key14 in data103){
if(!((((key14 === "policy") || (key14 === "id")) || (key14 === "reference")) || (key14 === "url"))){
const err237 = {instancePath:instancePath+"/evidence/incidents/" + i10,schemaPath:"#/properties/evidence/properties/incidents/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data103.policy !== undefined){
let data104 = data103.policy;
if(typeof data104 === "string"){
if(data104.length > 500){
const err238 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/policy",schemaPath:"#/properties/evidence/properties/incidents/items/properties/policy/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/policy",schemaPath:"#/properties/evidence/properties/incidents/items/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data103.id !== undefined){
let data105 = data103.id;
if(typeof data105 === "string"){
if(data105.length > 500){
const err240 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/id",schemaPath:"#/properties/evidence/properties/incidents/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/id",schemaPath:"#/properties/evidence/properties/incidents/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data103.reference !== undefined){
let data106 = data103.reference;
if(typeof data106 === "string"){
if(data106.length > 500){
const err242 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/reference",schemaPath:"#/properties/evidence/properties/incidents/items/properties/reference/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/reference",schemaPath:"#/properties/evidence/properties/incidents/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data103.url !== undefined){
let data107 = data103.url;
if(typeof data107 === "string"){
if(data107.length > 500){
const err244 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/url",schemaPath:"#/properties/evidence/properties/incidents/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/evidence/incidents/" + i10+"/url",schemaPath:"#/properties/evidence/properties/incidents/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/evidence/incidents/" + i10,schemaPath:"#/properties/evidence/properties/incidents/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/evidence/incidents",schemaPath:"#/properties/evidence/properties/incidents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data.error !== undefined){
let data108 = data.error;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.message === undefined){
const err249 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key15 in data108){
if(!((key15 === "message") || (key15 === "fix"))){
const err250 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data108.message !== undefined){
let data109 = data108.message;
if(typeof data109 === "string"){
if(data109.length > 4000){
const err251 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data108.fix !== undefined){
let data110 = data108.fix;
if(typeof data110 === "string"){
if(data110.length > 4000){
const err253 = {instancePath:instancePath+"/error/fix",schemaPath:"#/properties/error/properties/fix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/error/fix",schemaPath:"#/properties/error/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

