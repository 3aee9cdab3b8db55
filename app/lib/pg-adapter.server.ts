import { PrismaPg } from "@prisma/adapter-pg";

// PostgreSQL's text types can't hold U+0000; a query with one in a parameter fails ("invalid
// byte sequence for encoding UTF8: 0x00"), where SQLite stores it. People and scripts send it
// anyway (the hostile-input test does, in every form field and address), and it must never
// be a server error. Every string parameter on its way to PostgreSQL has U+0000 replaced by
// U+FFFD, the replacement character: stored text keeps a visible mark where it was, and a
// lookup by an id or slug with a NUL in it finds nothing, as it finds nothing on SQLite.

type Factory = PrismaPg;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** A parameter PostgreSQL can store: U+0000 in strings (also inside arrays) replaced by U+FFFD. */
export function clean(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;
  if (Array.isArray(value)) return value.some((v) => typeof v === "string" || Array.isArray(v)) ? value.map(clean) : value;
  return value;
}

const cleanQuery = (query: Query): Query => ({ ...query, args: query.args.map(clean) });

/** Wraps queryRaw and executeRaw (of the adapter and of its transactions) to clean parameters. */
function wrap<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: Query) => (value as (q: Query) => Promise<unknown>).call(object, cleanQuery(query));
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => wrap(await (value as (...a: unknown[]) => Promise<Queryable>).apply(object, args));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/** The pg driver adapter for `url`, with parameters PostgreSQL can store. */
export function postgresAdapter(url: string, poolSize: number): PrismaPg {
  const factory = new PrismaPg({ connectionString: url, max: poolSize });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wrap(await connect());
  return factory;
}
