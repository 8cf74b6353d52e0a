-- A county child welfare system (CCWIS-like) as the hub's PostgreSQL adapter expects it by
-- default (mapping.ts). Codes are stored the way a county's legacy system stores them, not as
-- the port's enums: placement setting as AFCARS CURPLSET 1-8, permanency goal as CASEGOAL,
-- discharge reason as DISREASN (45 CFR 1355.44(e), (f)(1), (g)(3); legacy NDACAN codes).
-- Ids are COLLATE "C": binary equality and code-unit order, whatever the database's locale.
-- Idempotent: every statement may run again.

CREATE TABLE IF NOT EXISTS person (
  person_id   varchar(64) COLLATE "C" PRIMARY KEY,
  first_name  text NOT NULL,
  middle_name text,
  last_name   text NOT NULL,
  birth_date  date,
  -- F / M / U: a local code, mapped to the port's sex in mapping.ts
  sex_code    char(1) NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS worker (
  worker_id   varchar(64) COLLATE "C" PRIMARY KEY,
  first_name  text NOT NULL,
  last_name   text NOT NULL,
  unit_name   text NOT NULL,
  county_name text NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS cw_case (
  case_id          varchar(64) COLLATE "C" PRIMARY KEY,
  child_person_id  varchar(64) COLLATE "C" NOT NULL REFERENCES person (person_id),
  -- O open / C closed
  status_code      char(1) NOT NULL,
  opened_on        date NOT NULL,
  closed_on        date,
  -- AFCARS legacy CASEGOAL: 1 reunify, 2 relatives, 3 adoption, 4 long-term foster care,
  -- 5 emancipation, 6 guardianship, 7 not yet established
  case_goal        smallint NOT NULL,
  -- placement and care responsibility (legal custody) rests with the agency
  placement_resp   boolean NOT NULL,
  court_name       text NOT NULL,
  court_county     text NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS cw_case_child ON cw_case (child_person_id);

-- Worker assignment history: the case's worker is its latest assignment.
CREATE TABLE IF NOT EXISTS case_assignment (
  case_id     varchar(64) COLLATE "C" NOT NULL REFERENCES cw_case (case_id),
  worker_id   varchar(64) COLLATE "C" NOT NULL REFERENCES worker (worker_id),
  assigned_on date NOT NULL,
  PRIMARY KEY (case_id, assigned_on)
);
CREATE INDEX IF NOT EXISTS case_assignment_worker ON case_assignment (worker_id);

CREATE TABLE IF NOT EXISTS removal (
  removal_id       varchar(64) COLLATE "C" PRIMARY KEY,
  case_id          varchar(64) COLLATE "C" NOT NULL REFERENCES cw_case (case_id),
  removal_date     date NOT NULL,
  discharge_date   date,
  -- AFCARS legacy DISREASN: 0 n/a, 1 reunification, 2 relatives, 3 adoption, 4 emancipation,
  -- 5 guardianship, 6 transfer, 7 runaway, 8 death (2, 5-8 unverified against ACF specs)
  discharge_reason smallint
);
CREATE INDEX IF NOT EXISTS removal_case ON removal (case_id);

-- Circumstances at removal (45 CFR 1355.44(d)(4)): one row per circumstance that applies.
CREATE TABLE IF NOT EXISTS removal_circumstance (
  removal_id       varchar(64) COLLATE "C" NOT NULL REFERENCES removal (removal_id),
  circumstance_code varchar(16) NOT NULL,
  PRIMARY KEY (removal_id, circumstance_code)
);

CREATE TABLE IF NOT EXISTS placement (
  placement_id  varchar(64) COLLATE "C" PRIMARY KEY,
  case_id       varchar(64) COLLATE "C" NOT NULL REFERENCES cw_case (case_id),
  -- AFCARS legacy CURPLSET: 1 pre-adoptive, 2 FFH relative, 3 FFH non-relative, 4 group home,
  -- 5 institution, 6 supervised independent living, 7 runaway, 8 trial home visit
  setting_code  smallint NOT NULL,
  begin_date    date NOT NULL,
  end_date      date,
  provider_name text NOT NULL
);
CREATE INDEX IF NOT EXISTS placement_case ON placement (case_id);
