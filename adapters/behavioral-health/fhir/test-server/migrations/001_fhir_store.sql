-- The test FHIR server's store: each resource as its JSON (jsonb), with the columns its
-- searches need beside it, as FHIR servers index search parameters (hl7.org/fhir/R4/search.html).
-- Ids and token values are binary (COLLATE "C"): FHIR ids and identifier values are case-sensitive.

CREATE TABLE IF NOT EXISTS fhir_resource (
  resource_type text COLLATE "C" NOT NULL,
  id            text COLLATE "C" NOT NULL,
  -- Reference search parameter `patient` (EpisodeOfCare.patient, Condition.subject, CarePlan.subject):
  -- the logical id of the Patient, NULL for a Patient itself.
  patient_id    text COLLATE "C",
  last_updated  timestamptz NOT NULL,
  resource      jsonb NOT NULL,
  PRIMARY KEY (resource_type, id)
);

CREATE INDEX IF NOT EXISTS fhir_resource_by_patient ON fhir_resource (resource_type, patient_id, id);

-- Token search parameter `identifier` (Patient.identifier): one row per identifier.
CREATE TABLE IF NOT EXISTS fhir_identifier (
  resource_type text COLLATE "C" NOT NULL,
  id            text COLLATE "C" NOT NULL,
  system        text COLLATE "C",
  value         text COLLATE "C" NOT NULL,
  FOREIGN KEY (resource_type, id) REFERENCES fhir_resource (resource_type, id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS fhir_identifier_by_value ON fhir_identifier (resource_type, value, system);
