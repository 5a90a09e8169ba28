/**
 * This file was auto-generated from openapi/control-api.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

// @ts-nocheck: Ajv's standalone code is plain JavaScript; the export below has its declared type.
import type { ControlBodyValidators } from "../control-body-types.js";

const schema32 = {"type":"object","description":"Either `time` or `offsetMs`.","oneOf":[{"required":["time"]},{"required":["offsetMs"]}],"properties":{"time":{"description":"The new time, as ISO 8601 or epoch milliseconds.","oneOf":[{"type":"string","format":"date-time"},{"type":"number"}]},"offsetMs":{"type":"number","description":"The distance from the server's system time, in milliseconds."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.time === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.offsetMs === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "offsetMs"},message:"must have required property '"+"offsetMs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.time !== undefined){
let data0 = data.time;
const _errs5 = errors;
let valid2 = false;
let passing1 = null;
const _errs6 = errors;
if(!(typeof data0 === "string")){
const err3 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs6 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs8 = errors;
if(!(typeof data0 == "number")){
const err4 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs8 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.offsetMs !== undefined){
if(!(typeof data.offsetMs == "number")){
const err6 = {instancePath:instancePath+"/offsetMs",schemaPath:"#/properties/offsetMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"time":true,"offsetMs":true},"dynamicProps":false,"dynamicItems":false};

const schema33 = {"type":"object","required":["ms"],"properties":{"ms":{"type":"number","description":"Milliseconds to move the clock by (negative moves it back)."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ms"},message:"must have required property '"+"ms"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ms !== undefined){
if(!(typeof data.ms == "number")){
const err1 = {instancePath:instancePath+"/ms",schemaPath:"#/properties/ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"ms":true},"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","required":["taskAction"],"properties":{"taskAction":{"$ref":"#/components/schemas/TaskAction"},"regionId":{"type":"string","default":"cn-hangzhou","description":"A region DescribeRegions lists."},"status":{"type":"string","enum":["Waiting","Processing","Finished","Failed","Paused","Deleted"],"default":"Processing","description":"The phase the task is in now. Deleted (cancelled) applies to ImportImage and ExportImage only. The ECS API answers Waiting and Paused as Processing and Deleted as Failed (decision 0038)."},"progress":{"type":"integer","minimum":0,"maximum":100,"description":"Progress now (Processing, Paused, Deleted; below 100 for Processing and Deleted), or where the task failed (Failed). Default 0, and 100 for Finished."},"durationMs":{"type":"number","minimum":0,"maximum":315360000000,"description":"Time from start to 100 % (default the server's task duration, less the queue); at most ten years."},"queuedMs":{"type":"number","minimum":0,"maximum":315360000000,"description":"Time spent Waiting before the start (default 5 % of the server's task duration); at most ten years."},"fate":{"$ref":"#/components/schemas/Fate"},"errorCode":{"type":"string","description":"The error of a Failed task."},"errorMessage":{"type":"string","description":"The error message of a Failed task."},"resourceId":{"type":"string","description":"The image (ImportImage, ExportImage) or disk (ModifyDiskSpec) ID; a new one by default."},"subtaskCount":{"type":"integer","minimum":1,"maximum":17,"default":1,"description":"The number of subtasks (ImportImage disks)."},"accountId":{"type":"string","description":"The account that owns the task (default the server's account)."}}};
const schema35 = {"type":"string","description":"The operations that create tasks.","enum":["ImportImage","ExportImage","ModifyDiskSpec"]};
const schema36 = {"type":"object","description":"How a task ends: `finish`, `fail` at `atPercent` with `errorCode` and `errorMessage` (defaults: the action's documented failure), or `pause` at `atPercent` and stay Paused.","required":["outcome"],"properties":{"outcome":{"type":"string","enum":["finish","fail","pause"]},"atPercent":{"type":"integer","minimum":0,"maximum":100,"default":50},"errorCode":{"type":"string"},"errorMessage":{"type":"string"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regionId === undefined){
data.regionId = "cn-hangzhou";
}
if(data.status === undefined){
data.status = "Processing";
}
if(data.subtaskCount === undefined){
data.subtaskCount = 1;
}
if(data.taskAction === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskAction"},message:"must have required property '"+"taskAction"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.taskAction !== undefined){
let data0 = data.taskAction;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/taskAction",schemaPath:"#/components/schemas/TaskAction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "ImportImage") || (data0 === "ExportImage")) || (data0 === "ModifyDiskSpec"))){
const err2 = {instancePath:instancePath+"/taskAction",schemaPath:"#/components/schemas/TaskAction/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data.regionId !== "string"){
const err3 = {instancePath:instancePath+"/regionId",schemaPath:"#/properties/regionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data2 = data.status;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data2 === "Waiting") || (data2 === "Processing")) || (data2 === "Finished")) || (data2 === "Failed")) || (data2 === "Paused")) || (data2 === "Deleted"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema34.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.progress !== undefined){
let data3 = data.progress;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err6 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.durationMs !== undefined){
let data4 = data.durationMs;
if(typeof data4 == "number"){
if(data4 > 315360000000 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 315360000000},message:"must be <= 315360000000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.queuedMs !== undefined){
let data5 = data.queuedMs;
if(typeof data5 == "number"){
if(data5 > 315360000000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/queuedMs",schemaPath:"#/properties/queuedMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 315360000000},message:"must be <= 315360000000"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/queuedMs",schemaPath:"#/properties/queuedMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/queuedMs",schemaPath:"#/properties/queuedMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.fate !== undefined){
let data6 = data.fate;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.atPercent === undefined){
data6.atPercent = 50;
}
if(data6.outcome === undefined){
const err15 = {instancePath:instancePath+"/fate",schemaPath:"#/components/schemas/Fate/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.outcome !== undefined){
let data7 = data6.outcome;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/fate/outcome",schemaPath:"#/components/schemas/Fate/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data7 === "finish") || (data7 === "fail")) || (data7 === "pause"))){
const err17 = {instancePath:instancePath+"/fate/outcome",schemaPath:"#/components/schemas/Fate/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema36.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data8 = data6.atPercent;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err18 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 100 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.errorCode !== undefined){
if(typeof data6.errorCode !== "string"){
const err21 = {instancePath:instancePath+"/fate/errorCode",schemaPath:"#/components/schemas/Fate/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.errorMessage !== undefined){
if(typeof data6.errorMessage !== "string"){
const err22 = {instancePath:instancePath+"/fate/errorMessage",schemaPath:"#/components/schemas/Fate/properties/errorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/fate",schemaPath:"#/components/schemas/Fate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.errorCode !== undefined){
if(typeof data.errorCode !== "string"){
const err24 = {instancePath:instancePath+"/errorCode",schemaPath:"#/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.errorMessage !== undefined){
if(typeof data.errorMessage !== "string"){
const err25 = {instancePath:instancePath+"/errorMessage",schemaPath:"#/properties/errorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.resourceId !== undefined){
if(typeof data.resourceId !== "string"){
const err26 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data14 = data.subtaskCount;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err27 = {instancePath:instancePath+"/subtaskCount",schemaPath:"#/properties/subtaskCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 17 || isNaN(data14)){
const err28 = {instancePath:instancePath+"/subtaskCount",schemaPath:"#/properties/subtaskCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 17},message:"must be <= 17"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/subtaskCount",schemaPath:"#/properties/subtaskCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err30 = {instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"taskAction":true,"regionId":true,"status":true,"progress":true,"durationMs":true,"queuedMs":true,"fate":true,"errorCode":true,"errorMessage":true,"resourceId":true,"subtaskCount":true,"accountId":true},"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","required":["taskAction","fate"],"properties":{"taskAction":{"$ref":"#/components/schemas/TaskAction"},"fate":{"$ref":"#/components/schemas/Fate"},"times":{"type":"integer","minimum":1,"default":1,"description":"How many of the next tasks of the action get this fate."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.times === undefined){
data.times = 1;
}
if(data.taskAction === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskAction"},message:"must have required property '"+"taskAction"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fate"},message:"must have required property '"+"fate"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.taskAction !== undefined){
let data0 = data.taskAction;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/taskAction",schemaPath:"#/components/schemas/TaskAction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "ImportImage") || (data0 === "ExportImage")) || (data0 === "ModifyDiskSpec"))){
const err3 = {instancePath:instancePath+"/taskAction",schemaPath:"#/components/schemas/TaskAction/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.fate !== undefined){
let data1 = data.fate;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.atPercent === undefined){
data1.atPercent = 50;
}
if(data1.outcome === undefined){
const err4 = {instancePath:instancePath+"/fate",schemaPath:"#/components/schemas/Fate/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.outcome !== undefined){
let data2 = data1.outcome;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/fate/outcome",schemaPath:"#/components/schemas/Fate/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data2 === "finish") || (data2 === "fail")) || (data2 === "pause"))){
const err6 = {instancePath:instancePath+"/fate/outcome",schemaPath:"#/components/schemas/Fate/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema36.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let data3 = data1.atPercent;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/fate/atPercent",schemaPath:"#/components/schemas/Fate/properties/atPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.errorCode !== undefined){
if(typeof data1.errorCode !== "string"){
const err10 = {instancePath:instancePath+"/fate/errorCode",schemaPath:"#/components/schemas/Fate/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.errorMessage !== undefined){
if(typeof data1.errorMessage !== "string"){
const err11 = {instancePath:instancePath+"/fate/errorMessage",schemaPath:"#/components/schemas/Fate/properties/errorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fate",schemaPath:"#/components/schemas/Fate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let data6 = data.times;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err13 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"taskAction":true,"fate":true,"times":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","properties":{"action":{"type":"string","default":"*","description":"The ECS action the fault applies to, or `*` for every action."},"error":{"type":"string","description":"The name of a documented error example of the action in the ECS spec (for `*`, one every action documents), e.g. `Throttling`, `InternalError`, `ServiceUnavailable`."},"latencyMs":{"type":"number","minimum":0,"maximum":600000,"description":"Delay added before the answer."},"retryAfterMs":{"type":"number","minimum":0,"maximum":600000,"default":1000,"description":"The `x-acs-retry-after` header (milliseconds) sent with `Throttling`."},"times":{"type":"integer","minimum":1,"description":"Fire on the next N matching calls, then disarm."},"probability":{"type":"number","minimum":0,"maximum":1,"description":"Fire on each matching call with this probability (unlimited unless `times` is set)."},"seed":{"type":"string","description":"Seed of the probability draws, so that runs repeat."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
data.action = "*";
}
if(data.retryAfterMs === undefined){
data.retryAfterMs = 1000;
}
if(typeof data.action !== "string"){
const err0 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.latencyMs !== undefined){
let data2 = data.latencyMs;
if(typeof data2 == "number"){
if(data2 > 600000 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/latencyMs",schemaPath:"#/properties/latencyMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/latencyMs",schemaPath:"#/properties/latencyMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/latencyMs",schemaPath:"#/properties/latencyMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data3 = data.retryAfterMs;
if(typeof data3 == "number"){
if(data3 > 600000 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/retryAfterMs",schemaPath:"#/properties/retryAfterMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/retryAfterMs",schemaPath:"#/properties/retryAfterMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/retryAfterMs",schemaPath:"#/properties/retryAfterMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.times !== undefined){
let data4 = data.times;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err8 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.probability !== undefined){
let data5 = data.probability;
if(typeof data5 == "number"){
if(data5 > 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.seed !== undefined){
if(typeof data.seed !== "string"){
const err13 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"action":true,"error":true,"latencyMs":true,"retryAfterMs":true,"times":true,"probability":true,"seed":true},"dynamicProps":false,"dynamicItems":false};


/** The precompiled validator of each control operation's JSON body, by operationId. */
export const controlBodyValidators: ControlBodyValidators = {
  setClock: validate21,
  advanceClock: validate22,
  createTask: validate23,
  scriptTaskFate: validate24,
  injectFault: validate25,
};
