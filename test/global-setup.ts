// Filled in once the ingest pipeline exists: builds the index the integration tests share.
export default async function setup(): Promise<void> {}
