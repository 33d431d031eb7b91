"""The commented template that ``second-thought rules new`` writes."""

TEMPLATE = '''\
# A Second Thought policy pack: what your university's social media policy says,
# as data. Every warning Second Thought shows cites one of the clauses below.
#
# 1. Fill in the fields, copying quotes word for word from your policy.
# 2. Check it:   second-thought rules lint {{id}}.yaml
# 3. Test it:    second-thought rules test {{id}}.yaml
# 4. Load it:    add  extra_packs = ["/path/to/{{id}}.yaml"]  to the companion's
#                config.toml (see 'second-thought config'), then restart it, and
#                choose the pack in the extension or set it by policy.

# The id: lower-case words joined by hyphens; it must equal the file name.
id: {{id}}
# The document's title as people know it.
name: Example University Social Media Policy for Students
institution: Example University
# Where the text comes from (a file name or a web address).
source: https://www.example.ac.uk/policies/social-media
# Who the document is written for: student or staff.
role: student

# Your student and staff number formats, so they are recognised in posts.
# context_required: true means the number only counts near words such as
# "student number" or "ID" (use it for plain formats like nine digits).
id_numbers:
  - name: student number
    regex: 'X\\d{7}'
    context_required: false

# Public contact details of the university: never treated as personal data.
organisation:
  phones: ["01234 567890"]
  email_domains: ["example.ac.uk"]
  postcodes: ["EX1 2AB"]

# The clauses warnings cite. Copy each quote exactly from the document and
# keep it to the sentences that matter.
clauses:
  - id: "3.1"
    title: Personal information
    quote: >-
      Do not share personal information about yourself or others, including
      addresses, phone numbers, email addresses or passwords.
  - id: "3.2"
    title: Bullying and harassment
    quote: >-
      Do not post content that is threatening, harassing, discriminatory or
      offensive, or that could be perceived as bullying.
  - id: "3.3"
    title: Assessments and academic integrity
    quote: >-
      Do not share exam papers, assessment questions or your answers, and do not
      use social media to help anyone cheat.
  - id: "3.4"
    title: Representing the university
    quote: >-
      Do not give the impression that you speak for the University or use its
      logo without permission.
  - id: "3.5"
    title: Complaints
    quote: >-
      Raise concerns and complaints through the University's complaints
      procedure, not on social media.
  - id: "3.6"
    title: General conduct
    quote: >-
      Everything you post reflects on you and on the University; respect
      confidentiality, copyright and other people's privacy and consent.

# For each category, the clause ids its warnings cite. All fifteen are needed;
# where your document is silent, cite its most general clause.
cite:
  personal_data: ["3.1"]
  credentials: ["3.1"]
  id_document: ["3.1"]
  assessment_material: ["3.3"]
  academic_misconduct: ["3.3"]
  abuse: ["3.2"]
  defamation: ["3.2", "3.6"]
  confidential: ["3.6"]
  complaint_or_legal: ["3.5"]
  speaking_for_university: ["3.4"]
  consent_media: ["3.6"]
  location: ["3.1"]
  impersonation: ["3.6"]
  copyright: ["3.6"]
  professional_conduct: ["3.6"]

# Optional: change single rules for this pack ('second-thought rules list'
# shows the rule ids). Say where people should go instead of posting.
overrides:
  pii.phone_number:
    message: >-
      This looks like a phone number. Share numbers privately with the person
      who needs them, never in a public post.
'''
