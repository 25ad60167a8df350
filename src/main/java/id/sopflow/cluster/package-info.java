/**
 * Several sopflow nodes on one PostgreSQL database, Camunda 7's own cluster model: every node runs the same
 * application, the job executors share the jobs through the database (optimistic locking runs each job once), and
 * what sopflow does at start-up (schema, deployment, identities, filters) is done by one node at a time. H2 is for a
 * single node only.
 */
package id.sopflow.cluster;
