"""A "Complete" LinkedIn export as of 2024–2026, written at test time.

The files coach reads are those of ``export-2024/``; every other file LinkedIn puts in a
Complete archive is added with its header and a row or two of invented data, in the
sub-folders where LinkedIn puts them (``Jobs/``, ``Verifications/``, ``Articles/Articles/``
with HTML), plus a PDF and an image as some archives carry. Names and headers are
written from public copies of real archives; where LinkedIn's spelling varied over the
years, one is chosen. ``COMPLETE_FILES`` lists every path; ``READ`` the ones coach uses.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

EXPORT_2024 = Path(__file__).resolve().parent.parent / "fixtures" / "linkedin" / "export-2024"
TOP = "Complete_LinkedInDataExport_11-20-2026"

READ = ("Connections.csv", "Invitations.csv", "messages.csv", "Member_Follows.csv",
        "Notes.csv", "Profile.csv")
"""The files coach reads (from ``export-2024/``)."""

OTHERS: dict[str, str] = {
    "Ad_Targeting.csv": "Member Age,Company Names,Degrees,Interests,Job Functions,Locations\n"
                        "25 to 34,Pixel; Parcelle,Master,Product management,Product,Lyon\n",
    "Causes You Care About.csv": "Supported Cause\nEducation\nEnvironment\n",
    "Certifications.csv": "Name,Url,Authority,Started On,Finished On,License Number\n"
                          "Scrum Master,,Scrum.org,Mar 2021,,PSM-1234\n",
    "Comments.csv": "Date,Link,Message\n2025-02-03 10:11:12,"
                    "https://www.linkedin.com/feed/update/urn:li:activity:1,Bravo !\n",
    "Company Follows.csv": "Organization,Followed On\nPixel,Mon Mar 20 10:56:56 UTC 2023\n",
    "Contacts.csv": "Source,First Name,Last Name,Companies,Title,Emails,PhoneNumbers,"
                    "CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,"
                    "Location,BookmarkedAt,Profiles\n"
                    "GOOGLE_CONTACTS,Ana,Lima,Quanto,CTO,ana@example.org,,"
                    "2/2/22 8:00 AM,,,,Ana Lima,,,,\n",
    "Courses.csv": "Name,Number\nGraph theory,MATH-301\n",
    "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                     "Université Lyon 2,2010,2015,,Master,Radio\n",
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
                           "me@example.org,Yes,Yes,Not Available\n",
    "Endorsement_Given_Info.csv": "Endorsement Date,Skill Name,Endorsee First Name,"
                                  "Endorsee Last Name,Endorsee Public Url,Endorsement Status\n"
                                  "2024/05/06 07:08:09 UTC,Design,Léa,Dubois,"
                                  "www.linkedin.com/in/léa-dubois,ACCEPTED\n",
    "Endorsement_Received_Info.csv": "Endorsement Date,Skill Name,Endorser First Name,"
                                     "Endorser Last Name,Endorser Public Url,Endorsement Status\n"
                                     "2024/05/06 07:08:09 UTC,Product,Léa,Dubois,"
                                     "www.linkedin.com/in/léa-dubois,ACCEPTED\n",
    "Events.csv": "Event Name,Event Time,Status,External Url\n"
                  "Product Lyon,2025-06-01 18:00 UTC,ATTENDING,\n",
    "Guide_Messages.csv": "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
                          "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
                          "g-1,,LinkedIn Guide,,Me,,2025-01-02 03:04:05 UTC,,Hello,INBOX\n",
    "Hashtag_Follows.csv": "Hashtag,Followed On\n#product,2023-04-23 13:37:30\n",
    "Honors.csv": "Title,Description,Issued On\nBest talk,Product Lyon,Jun 2024\n",
    "Inferences_about_you.csv": "Category,Type of inference,Description,Inference\n"
                                "Marketing,Interest,Likely interested in,SaaS\n",
    "Languages.csv": "Name,Proficiency\nFrench,Native or bilingual proficiency\n",
    "Learning.csv": "Content Title,Content Description,Content Type,Content Last Watched Date "
                    "(if viewed),Content Completed At (if completed),Content Saved,Notes taken "
                    "on videos (if taken)\nSQL basics,,Course,2024-01-01 10:00 UTC,,false,\n",
    "learning_role_play_messages.csv": "CONVERSATION ID,FROM,TO,DATE,CONTENT\n"
                                       "r-1,Coach,Me,2025-05-05 05:05:05 UTC,Practice\n",
    "Logins.csv": "Login Date,IP Address,User Agent,Login Type\n"
                  "2026-11-19 07:00:00 UTC,192.0.2.1,Firefox,WEB\n",
    "Patents.csv": "Title,Description,Issued On,Url,Application Number,Patent Number\n"
                   "Graph ranking,,Jan 2020,,,EP123\n",
    "PhoneNumbers.csv": "Extension,Number,Type\n,+33 6 00 00 00 00,Mobile\n",
    "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
                     "Pixel,Head of Product,,Lyon,Jan 2022,\n",
    "Private_identity_asset.csv": "Private Identity Asset Name,Private Identity Asset Raw Text\n"
                                  "resume.pdf,Curriculum\n",
    "Profile Summary.csv": "Profile Summary\nProduct person in Lyon\n",
    "Projects.csv": "Title,Description,Url,Started On,Finished On\ncoach,,,Jan 2026,\n",
    "Publications.csv": "Name,Published On,Description,Publisher,Url\nOn graphs,Jan 2021,,Blog,\n",
    "Reactions.csv": "Date,Type,Link\n2025-03-03 03:03:03,LIKE,"
                     "https://www.linkedin.com/feed/update/urn:li:activity:2\n",
    "Receipts_v2.csv": "Transaction Made At,Card Type,Card Number,Currency Code,Total Amount,"
                       "Description,Invoice Number\n2025-01-01,VISA,****1111,EUR,29.99,Premium,"
                       "INV-1\n",
    "Recommendations_Given.csv": "First Name,Last Name,Company,Job Title,Text,Creation Date,"
                                 "Status\nLéa,Dubois,Pixel,Designer,Great work,03/04/25, 10:00 AM,"
                                 "VISIBLE\n",
    "Recommendations_Received.csv": "First Name,Last Name,Company,Job Title,Text,Creation Date,"
                                    "Status\nLéa,Dubois,Pixel,Designer,Thanks,03/04/25, 10:00 AM,"
                                    "VISIBLE\n",
    "Registration.csv": "Registered At,Registration Ip,Subscription Types\n"
                        "1/2/10, 3:04 PM,192.0.2.2,\n",
    "Rich_Media.csv": "Date/Time,Media Description,Media Link\n"
                      "2025-02-02 02:02:02 UTC,Slides,https://www.linkedin.com/media/1\n",
    "SavedJobAlerts.csv": "Alert Parameters,Saved Search Id\nproduct lyon,42\n",
    "SearchQueries.csv": "Time,Search Query\n2026-11-19 08:00:00 UTC,product lead lyon\n",
    "Security Challenges.csv": "Challenge Date,IP Address,User Agent,Country,Challenge Type\n"
                               "2026-01-01 01:01:01 UTC,192.0.2.3,Firefox,FR,EMAIL_PIN\n",
    "Shares.csv": "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                  "2025-04-04 04:04:04,https://www.linkedin.com/feed/update/urn:li:share:3,"
                  "Hello,,,MEMBER_NETWORK\n",
    "Skills.csv": "Name\nProduct management\nDesign\n",
    "Volunteering.csv": "Company Name,Role,Cause,Started On,Finished On,Description\n"
                        "Food bank,Driver,Poverty,Jan 2019,,\n",
    "Votes.csv": "Date,Link,OptionText\n2025-05-05 05:05:05,"
                 "https://www.linkedin.com/feed/update/urn:li:activity:4,Yes\n",
    "Whatsapp Phone Numbers.csv": "Number,Extension,Is_WhatsApp_Number\n+33600000000,,true\n",
    "Jobs/Job Applications.csv": "Application Date,Contact Email,Contact Phone Number,"
                                 "Company Name,Job Title,Job Url,Resume Name,Question And "
                                 "Answers\n11/1/26, 9:00 AM,me@example.org,,Parcelle,PM,,"
                                 "resume.pdf,\n",
    "Jobs/Job Seeker Preferences.csv": "Locations,Industries,Company Employee Count,"
                                       "Preferred Job Types,Job Titles,Open To Recruiters,"
                                       "Dream Companies,Profile Shared With Job Poster,"
                                       "Job Title For Searching Fast Growing Companies,"
                                       "Introduction Statement,Phone Number,"
                                       "Job Seeker Activity Level,Preferred Start Time Range,"
                                       "Commute Preference Starting Address,"
                                       "Commute Preference Starting Time,Mode Of "
                                       "Transportation,Maximum Commute Duration,Open "
                                       "Candidate Visibility,Job Seeking Urgency Level\n"
                                       "Lyon,,,,Product Manager,No,,,,,,,,,,,,,\n",
    "Jobs/Saved Jobs.csv": "Saved Date,Job Url,Job Title,Company Name\n"
                           "11/2/26, 9:00 AM,https://www.linkedin.com/jobs/view/5,PM,Parcelle\n",
    "Jobs/Job Applicant Saved Answers.csv": "Question,Answer\nYears of experience,10\n",
    "Verifications/Verifications.csv": "First name,Middle name,Last name,Verification type,"
                                       "Year of birth,Issuing authority,Document type,"
                                       "Verification service provider,Verified date,Expiry "
                                       "date\nMe,,Moi,IDENTITY,,FR,PASSPORT,CLEAR,2025-01-01,\n",
    "Articles/Articles/2025-02-02 10:00:00.0-On graphs.html":
        "<html><head><title>On graphs</title></head><body><p>Graphs.</p></body></html>\n",
    "Articles/Articles/2026-03-03 10:00:00.0-On coaching.html":
        "<html><head><title>On coaching</title></head><body><p>Coach.</p></body></html>\n",
}
"""Every other file of a Complete export: path inside → its text."""

BINARY = {
    "Jobs/resume.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
    "Rich_Media/slides.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
}
"""Files that are not text: an attachment and an image."""

COMPLETE_FILES = sorted((*READ, *OTHERS, *BINARY))
"""Every path of the Complete export, inside its top folder."""


def complete_files() -> dict[str, bytes]:
    """Path inside the export → bytes, for every file of the Complete export."""
    files = {name: (EXPORT_2024 / name).read_bytes() for name in READ}
    files.update({name: text.encode("utf-8") for name, text in OTHERS.items()})
    files.update(BINARY)
    return files


def write_zip(path: Path, files: dict[str, bytes] | None = None, top: str = TOP,
              dates: dict[str, tuple[int, ...]] | None = None) -> Path:
    """The export as LinkedIn sends it: a zip with one top folder (``dates``: a member's
    zip date, path inside → (year, month, day, hour, minute, second))."""
    files = complete_files() if files is None else files
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            when = (dates or {}).get(name, (2026, 11, 20, 9, 30, 0))
            archive.writestr(zipfile.ZipInfo(f"{top}/{name}" if top else name, when), data)
    return path


def write_folder(folder: Path, files: dict[str, bytes] | None = None) -> Path:
    """The export unzipped into ``folder``."""
    files = complete_files() if files is None else files
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder
