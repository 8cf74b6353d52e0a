/**
 * Scalars every subgraph uses, defined once so the composed supergraph sees one definition:
 * `LocalDate` (yyyy-mm-dd, a calendar date without time zone, as agency systems record birth
 * dates and entry dates) and `DateTimeISO` (an instant, e.g. when a record was last updated).
 */
export { GraphQLLocalDate as LocalDate } from 'graphql-scalars';
export { GraphQLISODateTime as DateTimeISO } from 'type-graphql';
