import ts from 'typescript';

// Turns the exported types of src/api-contract.ts into OpenAPI 3.0 schemas, so the contract stays the one source of
// truth: the document describes exactly the types the server returns and the client reads. Run at build time
// (`npm run contract:schemas`); never loaded by the running app.

export type Schema = Record<string, unknown>;

export interface GeneratedContract {
  /** Exported, non-generic types of the contract, by name. */
  schemas: Record<string, Schema>;
}

export function generateContractSchemas(contractFile: string): GeneratedContract {
  const program = ts.createProgram([contractFile], {
    strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, noEmit: true, skipLibCheck: true, types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(contractFile);
  if (!source) throw new Error(`cannot read ${contractFile}`);
  const named = namedTypes(checker, source);
  const byType = new Map<ts.Type, string>([...named].map(([name, type]) => [type, name]));
  const convert = new Converter(checker, byType);
  const schemas: Record<string, Schema> = {};
  for (const [name, type] of [...named].sort(([a], [b]) => a.localeCompare(b))) schemas[name] = convert.schema(type, true);
  return { schemas };
}

function namedTypes(checker: ts.TypeChecker, source: ts.SourceFile): Map<string, ts.Type> {
  const named = new Map<string, ts.Type>();
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration || !(ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) continue;
    if (declaration.typeParameters?.length) continue; // generic (Page<T>): written out where it is used
    named.set(exported.name, checker.getDeclaredTypeOfSymbol(symbol));
  }
  return named;
}

class Converter {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly byType: Map<ts.Type, string>,
  ) {}

  schema(type: ts.Type, top = false): Schema {
    const name = this.byType.get(type);
    if (name && !top) return { $ref: `#/components/schemas/${name}` };
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (type.isUnion()) return this.union(type.types);
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: this.schema(item) };
    }
    if (f & ts.TypeFlags.Object || type.isIntersection()) return this.object(type);
    throw new Error(`the contract uses a type OpenAPI cannot describe: ${this.checker.typeToString(type)}`);
  }

  private union(members: readonly ts.Type[]): Schema {
    const nullable = members.some((m) => m.flags & ts.TypeFlags.Null);
    const rest = members.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    let schema: Schema;
    if (rest.length && rest.every((m) => m.flags & ts.TypeFlags.BooleanLiteral)) schema = { type: 'boolean' };
    else if (rest.length && rest.every((m) => m.isStringLiteral())) schema = { type: 'string', enum: rest.map((m) => (m as ts.StringLiteralType).value) };
    else if (rest.length === 1) schema = this.schema(rest[0]);
    else schema = { oneOf: rest.map((m) => this.schema(m)) };
    if (!nullable) return schema;
    return schema.$ref ? { allOf: [schema], nullable: true } : { ...schema, nullable: true };
  }

  private object(type: ts.Type): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      // An optional property's type includes undefined, which union() drops: "not required" says it instead.
      const schema = this.schema(this.checker.getTypeOfSymbol(property));
      const description = ts.displayPartsToString(property.getDocumentationComment(this.checker));
      properties[property.name] = description && !schema.$ref ? { ...schema, description } : schema;
      if (!optional) required.push(property.name);
    }
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const schema: Schema = { type: 'object', properties };
    if (required.length) schema.required = required;
    if (index) schema.additionalProperties = this.schema(index.type);
    return schema;
  }

}

export const CONTRACT_FILE = 'src/api-contract.ts';
export const GENERATED_FILE = 'src/openapi/contract-schemas.generated.ts';

/** The generated module: the schemas, and the map from each name to its contract type (for @ApiResult). */
export function renderGeneratedModule({ schemas }: GeneratedContract): string {
  const names = Object.keys(schemas);
  return [
    `// Generated from ${CONTRACT_FILE} by \`npm run contract:schemas\`: do not edit. A unit test fails when it is stale.`,
    `import type * as Contract from '../api-contract';`,
    `import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';`,
    ``,
    `/** Every exported type of the contract by name, so @ApiResult('X') checks that a route returns Contract.X. */`,
    `export interface ContractTypes {`,
    ...names.map((name) => `  ${name}: Contract.${name};`),
    `}`,
    ``,
    `export type ContractName = keyof ContractTypes;`,
    ``,
    `export const CONTRACT_SCHEMAS: Record<ContractName, SchemaObject> = ${JSON.stringify(schemas, null, 2)};`,
    ``,
  ].join('\n');
}
