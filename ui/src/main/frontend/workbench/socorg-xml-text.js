// What bpmn-js reads and writes differently from an XML parser, mended on the way in and out, so a model keeps its
// meaning through the editor.
//
// In: a model may bind a prefix the editor reserves to another namespace: MIWG's C.1.0 (Signavio) writes
// xmlns:camunda="http://activiti.org/bpmn". bpmn-js then renames that namespace to ns0 and cannot write the model
// back ("no namespace uri given for prefix <ns0>"). Renaming such a prefix inside the tags keeps the model's
// meaning (a prefix is only a name for its namespace URI) and lets it through the editor unchanged otherwise.

/** Prefixes the editors' moddle packages use, with the namespace each must name. */
export const RESERVED = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  camunda: 'http://camunda.org/schema/1.0/bpmn'
};

/** The XML with every reserved prefix that names another namespace renamed (inside tags only, not in text). */
export function resolvePrefixClashes(xml, reserved = RESERVED) {
  const renames = {};
  const declaration = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m;
  while ((m = declaration.exec(xml)) !== null) {
    const prefix = m[1];
    const uri = m[3] !== undefined ? m[3] : m[4];
    if (reserved[prefix] && reserved[prefix] !== uri && !renames[prefix]) {
      let name = prefix + '_';
      for (let i = 1; xml.includes('xmlns:' + name + '=') || Object.values(renames).includes(name); i++) {
        name = prefix + '_' + i;
      }
      renames[prefix] = name;
    }
  }
  if (Object.keys(renames).length === 0) {
    return xml;
  }
  const names = Object.keys(renames).join('|');
  const inTag = new RegExp('(<\\/?|\\s|xmlns:)(' + names + '):', 'g');
  const declared = new RegExp('(\\sxmlns:)(' + names + ')(\\s*=)', 'g');
  // tags only: comments, CDATA and text keep their words
  return xml.replace(/<(?!!--|!\[CDATA\[)[^<>]*>/g, tag => tag
    .replace(declared, (all, before, prefix, after) => before + renames[prefix] + after)
    .replace(inTag, (all, before, prefix) => before + renames[prefix] + ':'));
}

/**
 * Out: bpmn-js writes a carriage return in an attribute value as it is, and an XML parser reads a literal one as a
 * space (attribute value normalization): a name written as "Prepare&#xD;&#xA;Bank" would come back as
 * "Prepare \nBank". A character reference keeps it.
 */
export function escapeCarriageReturns(xml) {
  if (!xml.includes('\r')) {
    return xml;
  }
  return xml.replace(/<(?!!--|!\[CDATA\[)[^<>]*>/g, tag => tag.replace(/\r/g, '&#13;'));
}
