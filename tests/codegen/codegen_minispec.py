"""A small multi-file Panoptes-like spec for the codegen tests (written into tmp_path)."""

from __future__ import annotations

import textwrap
from pathlib import Path

ENTRY = """\
openapi: 3.1.0
info:
  title: Mini Panoptes
  version: '1'
  x-zoo-accept: application/vnd.api+json; version=1
tags:
  - name: projects
    description: projects
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
paths:
  /api/projects:
    $ref: paths/projects.yaml#/projects
  /api/projects/{id}:
    $ref: paths/projects.yaml#/projects.id
"""

PATHS = """\
# Path items of projects.
projects:
  get:
    operationId: list_projects
    tags:
      - projects
    summary: List projects.
    description: Lists projects.
    security:
      - bearerAuth: []
      - {}
    parameters:
      - $ref: ../components/parameters.yaml#/Page
      - name: display_name
        in: query
        description: Exact display name.
        schema:
          type: string
    responses:
      '200':
        description: A page of projects.
        content:
          application/vnd.api+json:
            schema:
              $ref: ../schemas/projects.yaml#/ProjectsResponse
  post:
    operationId: create_project
    tags:
      - projects
    summary: Create a project.
    description: Creates a project.
    security:
      - bearerAuth: []
    requestBody:
      required: true
      content:
        application/json:
          schema:
            $ref: ../schemas/projects.yaml#/ProjectCreateRequest
    responses:
      '201':
        description: Created.
        content:
          application/vnd.api+json:
            schema:
              $ref: ../schemas/projects.yaml#/ProjectsResponse
      '400':
        $ref: ../components/responses.yaml#/BadRequest
projects.id:
  put:
    operationId: update_project
    tags:
      - projects
    summary: Update a project.
    description: Updates a project.
    security:
      - bearerAuth: []
    parameters:
      - $ref: ../components/parameters.yaml#/Id
      - $ref: ../components/parameters.yaml#/IfMatch
    requestBody:
      required: true
      content:
        application/json:
          schema:
            $ref: ../schemas/projects.yaml#/ProjectUpdateRequest
    responses:
      '200':
        description: Updated.
        content:
          application/vnd.api+json:
            schema:
              $ref: ../schemas/projects.yaml#/ProjectsResponse
"""

PARAMETERS = """\
Page:
  name: page
  in: query
  description: Page number.
  schema:
    type: integer
Id:
  name: id
  in: path
  required: true
  schema:
    type: string
IfMatch:
  name: If-Match
  in: header
  required: true
  schema:
    type: string
"""

RESPONSES = """\
BadRequest:
  description: Bad request.
  content:
    application/vnd.api+json:
      schema:
        $ref: schemas.yaml#/ErrorResponse
"""

SCHEMAS = """\
Id:
  type: string
ErrorResponse:
  type: object
  properties:
    errors:
      type: array
      items:
        type: object
        properties:
          message:
            type: string
"""

PROJECT_SCHEMAS = """\
Project:
  type: object
  description: A Zooniverse project.
  properties:
    id:
      $ref: ../components/schemas.yaml#/Id
    display_name:
      type: string
      description: The public name.
    classifications_count:
      type: integer
      readOnly: true
    launch_approved:
      type: boolean
    tags:
      type: array
      items:
        type: string
    configuration:
      type: object
    updated_at:
      type: [string, 'null']
      format: date-time
      readOnly: true
    links:
      $ref: '#/ProjectLinks'
ProjectLinks:
  type: object
  properties:
    workflows:
      type: array
      items:
        $ref: ../components/schemas.yaml#/Id
ProjectUpdate:
  type: object
  properties:
    display_name:
      type: string
    launch_approved:
      type: boolean
ProjectUpdateRequest:
  type: object
  required:
    - projects
  properties:
    projects:
      $ref: '#/ProjectUpdate'
ProjectCreateRequest:
  type: object
  required:
    - projects
  properties:
    projects:
      type: object
      required:
        - display_name
      properties:
        display_name:
          type: string
        private:
          type: boolean
ProjectsResponse:
  type: object
  properties:
    projects:
      type: array
      items:
        $ref: '#/Project'
"""


def write_spec(root: Path, api: str = "panoptes", **overrides: str) -> Path:
    """Write the mini spec under root/spec/<api>/; keyword overrides replace files by key."""
    files = {
        "openapi.yaml": ENTRY,
        "paths/projects.yaml": PATHS,
        "components/parameters.yaml": PARAMETERS,
        "components/responses.yaml": RESPONSES,
        "components/schemas.yaml": SCHEMAS,
        "schemas/projects.yaml": PROJECT_SCHEMAS,
    }
    for key, text in overrides.items():
        files[key.replace("__", "/").replace("_yaml", ".yaml")] = text
    base = root / "spec" / api
    for name, text in files.items():
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return base / "openapi.yaml"
