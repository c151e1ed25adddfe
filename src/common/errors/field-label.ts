// Field names as users know them, for readable Chinese validation messages. Each DTO labels its own fields, so a new
// DTO adds labels next to its fields instead of to a shared list.
const LABELS = new WeakMap<object, Map<string, string>>();

/** `@Label('手机号') phone: string;` — the name a validation message calls this field by. */
export function Label(label: string): PropertyDecorator {
  return (prototype, property) => {
    const own = LABELS.get(prototype) ?? new Map<string, string>();
    own.set(String(property), label);
    LABELS.set(prototype, own);
  };
}

/** The label of a field of this object's class (or a class it extends); the field's own name when it has none. */
export function labelOf(target: object | undefined, property: string): string {
  for (let proto = target && Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const label = LABELS.get(proto)?.get(property);
    if (label) return label;
  }
  return property;
}
