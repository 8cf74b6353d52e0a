-- The district SIS schema that schools-district.yaml maps (MariaDB/MySQL): its own table and
-- column names and local grade, attendance and disability codes. The config tests create it in
-- a database of their own and run the conformance kit through the YAML mapping. Ids and codes
-- are utf8mb4_bin (binary equality and order), as the adapter's batch contract needs.

CREATE TABLE IF NOT EXISTS stu (
  stu_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  first_nm   VARCHAR(75) NOT NULL,
  middle_nm  VARCHAR(75) NULL,
  last_nm    VARCHAR(75) NOT NULL,
  birth_dt   DATE NULL,
  updated_ts DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS bldg (
  bldg_cd   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  bldg_name VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS stu_enroll (
  stu_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  bldg_cd     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  enter_dt    DATE NOT NULL,
  grade_cd    VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  withdraw_dt DATE NULL,
  sch_yr      SMALLINT NOT NULL,
  updated_ts  DATETIME(3) NOT NULL,
  PRIMARY KEY (stu_id, bldg_cd, enter_dt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS stu_attend (
  stu_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  bldg_cd   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  attend_dt DATE NOT NULL,
  attend_cd VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (stu_id, bldg_cd, attend_dt, attend_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS sped_program (
  stu_id        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  program_nm    VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  begin_dt      DATE NOT NULL,
  end_dt        DATE NULL,
  iep_start_dt  DATE NULL,
  iep_end_dt    DATE NULL,
  iep_review_dt DATE NULL,
  updated_ts    DATETIME(3) NOT NULL,
  PRIMARY KEY (stu_id, program_nm, begin_dt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS sped_disability (
  stu_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  program_nm VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  begin_dt   DATE NOT NULL,
  disab_cd   VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (stu_id, program_nm, begin_dt, disab_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
