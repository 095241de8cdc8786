// Types for the test's deep import of the SDK's browser XML parser (the package ships them under dist-types/).
declare module '@aws-sdk/xml-builder/dist-es/xml-parser.browser.js' {
  export { parseXML } from '@aws-sdk/xml-builder/dist-types/xml-parser.browser';
}
