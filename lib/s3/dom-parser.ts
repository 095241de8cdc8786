import { DOMParser, Node } from '@xmldom/xmldom';

/**
 * The S3 client's browser build reads XML (every S3 error body) with `new DOMParser()` and compares node
 * types with the global `Node`'s constants (@aws-sdk/xml-builder, xml-parser.browser.js). An MV3 service
 * worker has neither, so without this an AccessDenied surfaces as "DOMParser is not defined". Pages that
 * have a real DOMParser keep it.
 */
export function installDomParser(): void {
  const scope = globalThis as Record<string, unknown>;
  if (typeof scope.DOMParser !== 'function') scope.DOMParser = DOMParser;
  if (typeof scope.Node !== 'function') scope.Node = Node;
}
