/** @module openapi — the API described as OpenAPI 3.1 (served at /openapi.json; tests check real responses against it). */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const errors = { '400': { description: 'Bad request', ...json(ref('Error')) }, '404': { description: 'Not found', ...json(ref('Error')) } };

export function openApiDocument(reportSchema: object): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Synoptic API', version: '1.0.0', description: 'Read one news story across many sources.' },
    paths: {
      '/api/documents': {
        get: { summary: 'List stored documents', parameters: page, responses: { '200': { description: 'A page of documents', ...json(ref('DocumentPage')) }, ...errors } },
        post: {
          summary: 'Ingest articles: JSON ({text|html|url|title,...} or an array), JSONL, plain text, HTML, or multipart file uploads',
          requestBody: { required: true, content: {
            'application/json': { schema: { oneOf: [ref('Record'), { type: 'array', items: ref('Record') }] } },
            'application/x-ndjson': { schema: { type: 'string' } },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
            'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, text: { type: 'string' }, url: { type: 'string' } } } },
          } },
          responses: { '200': { description: 'What was stored', ...json(ref('IngestSummary')) }, '413': { description: 'Too large', ...json(ref('Error')) }, ...errors },
        },
      },
      '/api/documents/{id}': { get: { summary: 'One cleaned document', parameters: [idParam], responses: { '200': { description: 'The document', ...json({ type: 'object' }) }, ...errors } } },
      '/api/search': { get: { summary: 'Full-text search over documents', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...page], responses: { '200': { description: 'Hits', ...json(ref('SearchPage')) }, ...errors } } },
      '/api/stories': { get: { summary: 'List stories', parameters: page, responses: { '200': { description: 'A page of stories', ...json(ref('StoryPage')) }, ...errors } } },
      '/api/stories/{id}': { get: { summary: "A story's full report (synoptic.report/1)", parameters: [idParam], responses: { '200': { description: 'The report', ...json(reportSchema) }, ...errors } } },
      '/api/stories/{id}/brief': { get: { summary: "A story's cited brief", parameters: [idParam], responses: { '200': { description: 'The brief', ...json({ type: 'object', required: ['storyId', 'sentences'] }) }, ...errors } } },
      '/api/stories/{id}/timeline': { get: { summary: "A story's events in time order", parameters: [idParam], responses: { '200': { description: 'Events', ...json({ type: 'object', required: ['events'] }) }, ...errors } } },
      '/api/stories/{id}/comparison': { get: { summary: 'Agreements, conflicts, unique claims, framing, flags', parameters: [idParam], responses: { '200': { description: 'Comparison', ...json({ type: 'object', required: ['comparison', 'sourceFlags'] }) }, ...errors } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Record: { type: 'object', properties: { id: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' }, body: { type: 'string' }, html: { type: 'string' }, published: { type: ['string', 'number'] }, outlet: { type: 'string' } } },
        DocumentSummary: { type: 'object', required: ['id', 'path', 'title', 'outlet', 'published', 'wordCount'], properties: { id: { type: 'string' }, path: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, wordCount: { type: 'integer' } } },
        DocumentPage: { type: 'object', required: ['items', 'total', 'limit', 'offset'], properties: { items: { type: 'array', items: ref('DocumentSummary') }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } },
        SearchPage: { type: 'object', required: ['items', 'limit', 'offset'], properties: { items: { type: 'array', items: { allOf: [ref('DocumentSummary'), { type: 'object', required: ['snippet'], properties: { snippet: { type: 'string' } } }] } }, limit: { type: 'integer' }, offset: { type: 'integer' } } },
        StoryPage: { type: 'object', required: ['items', 'limit', 'offset'], properties: { items: { type: 'array', items: { type: 'object', required: ['id', 'title', 'documentIds'] } }, limit: { type: 'integer' }, offset: { type: 'integer' } } },
        IngestSummary: { type: 'object', required: ['read', 'created', 'existing', 'storiesTouched', 'problems'], properties: { read: { type: 'integer' }, created: { type: 'array', items: { type: 'string' } }, existing: { type: 'array', items: { type: 'string' } }, storiesTouched: { type: 'array', items: { type: 'string' } }, problems: { type: 'array', items: { type: 'object', required: ['path', 'error'] } } } },
      },
    },
  };
}
