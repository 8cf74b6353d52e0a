-- A district student information system shaped like an Ed-Fi v5 ODS (Ed-Fi Data Standard 5.2:
-- Student, School, StudentSchoolAssociation, StudentSchoolAttendanceEvent,
-- StudentSpecialEducationProgramAssociation and its disabilities), as the hub's MariaDB adapter
-- expects it by default (mapping.ts). Descriptors are stored as Ed-Fi sends them, full URIs
-- (uri://ed-fi.org/GradeLevelDescriptor#Sixth grade), and mapped to the port's values in code.
-- utf8mb4 throughout (a 4-byte character such as U+20BB7 must survive); id and descriptor
-- columns are utf8mb4_bin, so ids differing only in case stay apart and order is binary.
-- Idempotent: every statement may run again.

CREATE TABLE IF NOT EXISTS student (
  student_unique_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  first_name        VARCHAR(75) NOT NULL,
  middle_name       VARCHAR(75) NULL,
  last_surname      VARCHAR(75) NOT NULL,
  birth_date        DATE NULL,
  last_modified     DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ed-Fi declares SchoolId INT; text here because the port's schoolId is a string and a
-- district's SIS may use codes that are not numbers.
CREATE TABLE IF NOT EXISTS school (
  school_id           VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  name_of_institution VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ed-Fi key: studentUniqueId + schoolId + entryDate.
CREATE TABLE IF NOT EXISTS student_school_association (
  student_unique_id             VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  school_id                     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  entry_date                    DATE NOT NULL,
  entry_grade_level_descriptor  VARCHAR(306) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  exit_withdraw_date            DATE NULL,
  school_year                   SMALLINT NOT NULL,
  last_modified                 DATETIME(3) NOT NULL,
  PRIMARY KEY (student_unique_id, school_id, entry_date),
  CONSTRAINT ssa_student FOREIGN KEY (student_unique_id) REFERENCES student (student_unique_id),
  CONSTRAINT ssa_school FOREIGN KEY (school_id) REFERENCES school (school_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ed-Fi key: studentUniqueId + schoolId + session + eventDate + category (session omitted:
-- the hub reads the current school year only).
CREATE TABLE IF NOT EXISTS student_school_attendance_event (
  student_unique_id                    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  school_id                            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  event_date                           DATE NOT NULL,
  attendance_event_category_descriptor VARCHAR(306) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (student_unique_id, school_id, event_date, attendance_event_category_descriptor),
  CONSTRAINT ssae_student FOREIGN KEY (student_unique_id) REFERENCES student (student_unique_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ed-Fi key: studentUniqueId + program (educationOrganizationId, programName, programType) +
-- beginDate; one district and one program type here, so studentUniqueId + programName + beginDate.
CREATE TABLE IF NOT EXISTS student_special_education_program_association (
  student_unique_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  program_name      VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  begin_date        DATE NOT NULL,
  end_date          DATE NULL,
  iep_begin_date    DATE NULL,
  iep_end_date      DATE NULL,
  iep_review_date   DATE NULL,
  last_modified     DATETIME(3) NOT NULL,
  PRIMARY KEY (student_unique_id, program_name, begin_date),
  CONSTRAINT ssepa_student FOREIGN KEY (student_unique_id) REFERENCES student (student_unique_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS student_special_education_program_association_disability (
  student_unique_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  program_name         VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  begin_date           DATE NOT NULL,
  disability_descriptor VARCHAR(306) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (student_unique_id, program_name, begin_date, disability_descriptor),
  CONSTRAINT ssepad_program FOREIGN KEY (student_unique_id, program_name, begin_date)
    REFERENCES student_special_education_program_association (student_unique_id, program_name, begin_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
