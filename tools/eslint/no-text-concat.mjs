/**
 * ESLint rules of this repository (registered in eslint.config.mjs as the `mainstay` plugin).
 *
 * mainstay/no-text-concat: UI text is whole catalog messages (ICU), never assembled from pieces
 * in a page or a component (issue 14: "no text built by concatenation in components"). A
 * translation needs the whole sentence, with its word order, punctuation and separators, in one
 * message. In files under app/ and components/ it reports:
 *  - `+` with a translated or formatted piece on either side;
 *  - a template literal that interpolates a translated or formatted piece;
 *  - literal text in JSX (words, numbers, punctuation, separators such as "·", ":" or "(…)"),
 *    except inside an element marked aria-hidden (decorative: a logo letter, a bullet, an arrow)
 *    and a glyph without letters or digits as the visible face of an element that has an
 *    aria-label (the month picker's ‹ and ›);
 *  - two translated pieces side by side with only spaces between them (one sentence in two parts);
 *  - an array holding a translated or formatted piece joined into one text ([a, b].join(" · ")).
 * A translated piece is a call of a translator (`t` and the names bound to useTranslations() or
 * getTranslations() in the file, or to `createTranslator()`), a formatted piece a call of a
 * formatter (names bound to useFormatter()/getFormatter()); a name bound to such a call
 * (`const label = t("x")`) counts as the piece itself. Keys built inside the call
 * (t(`roles.${role}`)) are keys, not text, and are fine.
 */

const TRANSLATORS = new Set(["useTranslations", "getTranslations", "createTranslator"]);
const FORMATTERS = new Set(["useFormatter", "getFormatter", "createFormatter"]);

function calleeName(init) {
  let node = init;
  if (node && node.type === "AwaitExpression") node = node.argument;
  if (node && node.type === "CallExpression" && node.callee.type === "Identifier") return node.callee.name;
  return null;
}

function attribute(element, name) {
  return element.openingElement.attributes.find(
    (a) => a.type === "JSXAttribute" && a.name.type === "JSXIdentifier" && a.name.name === name,
  );
}

function isAriaHidden(element) {
  const a = attribute(element, "aria-hidden");
  if (!a) return false;
  if (a.value === null) return true;
  if (a.value.type === "Literal") return a.value.value === "true" || a.value.value === true;
  return (
    a.value.type === "JSXExpressionContainer" && a.value.expression.type === "Literal" && !!a.value.expression.value
  );
}

const isText = (s) => /\S/.test(s);
const hasWord = (s) => /[\p{L}\p{N}]/u.test(s);

export const noTextConcat = {
  meta: {
    type: "problem",
    docs: { description: "UI text is a whole ICU message from the catalogs, not pieces joined in a component" },
    schema: [],
    messages: {
      plus: "Text joined with `+` around a translated or formatted piece: make it one ICU message with parameters.",
      template: "A template literal builds text from a translated or formatted piece: make it one ICU message.",
      literal:
        "Literal text `{{text}}` in JSX: UI text comes from the message catalogs, whole (one ICU message with parameters).",
      adjacent: "Two translated pieces side by side form one text: make it one ICU message.",
      join: "An array with translated or formatted pieces joined into one text: make it one ICU message.",
    },
  },
  create(context) {
    const translators = new Set(["t"]);
    const formatters = new Set();
    // Names bound to a translated or formatted piece: const label = t("x").
    const pieces = new Set();

    const isPiece = (node) => {
      if (!node) return false;
      switch (node.type) {
        case "Identifier":
          return pieces.has(node.name);
        case "CallExpression": {
          const c = node.callee;
          if (c.type === "Identifier") return translators.has(c.name);
          if (c.type === "MemberExpression" && c.object.type === "Identifier") {
            // t.rich(...), t.markup(...), format.number(...)
            return translators.has(c.object.name) || formatters.has(c.object.name);
          }
          return false;
        }
        case "ConditionalExpression":
          return isPiece(node.consequent) || isPiece(node.alternate);
        case "LogicalExpression":
          return isPiece(node.right) || isPiece(node.left);
        case "TSAsExpression":
        case "TSNonNullExpression":
          return isPiece(node.expression);
        default:
          return false;
      }
    };

    const literalText = (child) => {
      if (child.type === "JSXText") return child.value;
      if (child.type !== "JSXExpressionContainer") return undefined;
      const e = child.expression;
      if (e.type === "Literal" && typeof e.value === "string") return e.value;
      if (e.type === "TemplateLiteral" && e.expressions.length === 0) return e.quasis[0].value.cooked ?? "";
      return undefined;
    };

    const decorative = (node) => {
      for (let n = node; n; n = n.parent) if (n.type === "JSXElement" && isAriaHidden(n)) return true;
      return false;
    };

    const checkChildren = (parent) => {
      const labelled = parent.type === "JSXElement" && !!attribute(parent, "aria-label");
      const hidden = decorative(parent);
      let last = null; // the last child that was not whitespace
      for (const child of parent.children) {
        const text = literalText(child);
        if (text !== undefined) {
          if (!isText(text)) continue;
          if (!hidden && !(labelled && !hasWord(text))) {
            context.report({ node: child, messageId: "literal", data: { text: text.trim().slice(0, 24) } });
          }
          last = child;
          continue;
        }
        const piece = child.type === "JSXExpressionContainer" && isPiece(child.expression);
        if (piece && last && last.type === "JSXExpressionContainer" && isPiece(last.expression)) {
          context.report({ node: child, messageId: "adjacent" });
        }
        if (child.type !== "JSXExpressionContainer" || child.expression.type !== "JSXEmptyExpression") last = child;
      }
    };

    return {
      VariableDeclarator(node) {
        if (node.id.type !== "Identifier") return;
        const name = calleeName(node.init);
        if (name && TRANSLATORS.has(name)) translators.add(node.id.name);
        if (name && FORMATTERS.has(name)) formatters.add(node.id.name);
        if (isPiece(node.init)) pieces.add(node.id.name);
      },
      // const [t, format] = await Promise.all([getTranslations("x"), getFormatter()])
      "VariableDeclarator > AwaitExpression > CallExpression > ArrayExpression"(node) {
        const declarator = node.parent.parent.parent;
        if (declarator.id.type !== "ArrayPattern") return;
        node.elements.forEach((el, i) => {
          const target = declarator.id.elements[i];
          const name = calleeName(el);
          if (!target || target.type !== "Identifier" || !name) return;
          if (TRANSLATORS.has(name)) translators.add(target.name);
          if (FORMATTERS.has(name)) formatters.add(target.name);
        });
      },
      // [a, b].filter(Boolean).join(" · ")
      "CallExpression[callee.type='MemberExpression'][callee.property.name='join']"(node) {
        let target = node.callee.object;
        while (target.type === "CallExpression" && target.callee.type === "MemberExpression") {
          target = target.callee.object;
        }
        if (target.type === "ArrayExpression" && target.elements.some(isPiece)) {
          context.report({ node, messageId: "join" });
        }
      },
      BinaryExpression(node) {
        if (node.operator === "+" && (isPiece(node.left) || isPiece(node.right))) {
          context.report({ node, messageId: "plus" });
        }
      },
      TemplateLiteral(node) {
        if (node.parent.type === "TaggedTemplateExpression") return;
        if (node.expressions.some(isPiece)) context.report({ node, messageId: "template" });
      },
      JSXElement: checkChildren,
      JSXFragment: checkChildren,
    };
  },
};

const plugin = { rules: { "no-text-concat": noTextConcat } };
export default plugin;
