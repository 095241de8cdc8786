import { parseXML } from '@aws-sdk/xml-builder/dist-es/xml-parser.browser.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installDomParser } from './dom-parser';

const scope = globalThis as Record<string, unknown>;
const ERROR_XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>';

describe('installDomParser', () => {
  let saved: { DOMParser: unknown; Node: unknown };
  beforeEach(() => {
    saved = { DOMParser: scope.DOMParser, Node: scope.Node };
    delete scope.DOMParser;
    delete scope.Node;
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete scope[name];
      else scope[name] = value;
    }
  });

  it("lets the SDK's browser XML parser read an S3 error where there is no DOM (a service worker)", () => {
    expect(() => parseXML(ERROR_XML)).toThrow(/DOMParser/);
    installDomParser();
    expect(parseXML(ERROR_XML)).toEqual({
      Error: { Code: 'SignatureDoesNotMatch', Message: 'The request signature we calculated does not match.', RequestId: '4442587FB7D0A2F9' },
    });
  });

  it('leaves a DOMParser and Node that are already there', () => {
    class PageDomParser {}
    const pageNode = function Node() {};
    scope.DOMParser = PageDomParser;
    scope.Node = pageNode;
    installDomParser();
    expect(scope.DOMParser).toBe(PageDomParser);
    expect(scope.Node).toBe(pageNode);
  });
});
