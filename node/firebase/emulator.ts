// Starts the in-process Firestore emulator (@firestore-emulator/server) on 127.0.0.1, counts reads and writes, lists documents.
import { FirestoreServer } from "@firestore-emulator/server";

export interface StoredDocument {
  /** Path inside the database: "reports/odin_2026-11". */
  readonly path: string;
  readonly data: Record<string, unknown>;
}

export interface Counters {
  /** Documents read: one per document fetched by id (found or not) and one per document a query returns. */
  reads: number;
  /** Writes applied (each create, set, update). */
  writes: number;
}

export interface Emulator {
  readonly host: string;
  readonly counters: Counters;
  /** Every document that exists now, with plain values. */
  documents(): StoredDocument[];
  clear(): void;
  stop(): void;
}

interface FieldJson {
  readonly type: string;
  readonly value: unknown;
}
interface NodeJson {
  readonly path?: string;
  readonly fields?: Record<string, FieldJson>;
  readonly [key: string]: unknown;
}

function plain(field: FieldJson): unknown {
  if (field.type === "map_value")
    return Object.fromEntries(
      Object.entries(field.value as Record<string, FieldJson>).map(([k, v]) => [k, plain(v)]),
    );
  if (field.type === "array_value") return (field.value as FieldJson[]).map(plain);
  return field.value;
}

function collect(node: unknown, into: StoredDocument[]): void {
  if (node === null || typeof node !== "object") return;
  const json = node as NodeJson;
  if (json.fields && typeof json.path === "string" && Object.keys(json.fields).length > 0) {
    const path = json.path.split("/documents/")[1] ?? json.path;
    into.push({ path, data: Object.fromEntries(Object.entries(json.fields).map(([k, v]) => [k, plain(v)])) });
  }
  for (const value of Object.values(json)) collect(value, into);
}

type Callback = (error: Error | null, port: number) => void;
interface GrpcServer {
  bindAsync(address: string, credentials: unknown, callback: Callback): void;
}

/** `FirestoreServer.start` binds 0.0.0.0:<port>; we bind 127.0.0.1 on a port the system picks instead. */
export async function startEmulator(): Promise<Emulator> {
  const server = new FirestoreServer();
  const grpc = (server as unknown as { server: GrpcServer }).server;
  const bind = grpc.bindAsync.bind(grpc);
  let port = 0;
  grpc.bindAsync = (_address, credentials, callback) =>
    bind("127.0.0.1:0", credentials, (error, chosen) => {
      port = chosen;
      callback(error, chosen);
    });
  await server.start(0);

  const counters: Counters = { reads: 0, writes: 0 };
  const state = server.state;
  let writing = false;
  const write = state.writeV1Document.bind(state);
  state.writeV1Document = (...args) => {
    writing = true;
    try {
      const result = write(...args);
      counters.writes++;
      return result;
    } finally {
      writing = false;
    }
  };
  const getDocument = state.getDocument.bind(state);
  state.getDocument = (path) => {
    if (!writing) counters.reads++;
    return getDocument(path);
  };
  const query = state.v1Query.bind(state);
  state.v1Query = (...args) => {
    const docs = query(...args);
    counters.reads += docs.length;
    return docs;
  };

  return {
    host: `127.0.0.1:${port}`,
    counters,
    documents() {
      const documents: StoredDocument[] = [];
      collect(state.toJSON(), documents);
      return documents.sort((a, b) => a.path.localeCompare(b.path));
    },
    clear: () => state.clear(),
    stop: () => server.stop(),
  };
}
