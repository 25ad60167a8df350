#!/usr/bin/env python3
"""Writes Camunda Modeler element templates for every sopflow building block into
processes/.camunda/element-templates/ and marks every existing element with its template.

Usage (from the repository root):  python3 src/modeler/templates.py [--apply]
Without --apply only the template files are written; with --apply every diagram element that uses a building block
gets camunda:modelerTemplate and camunda:modelerTemplateVersion (a local attribute edit, nothing else changes).
"""
import json, os, re, sys

SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json"
OUT = "processes/.camunda/element-templates"

def hidden_delegate(bean):
    return {"type": "Hidden", "value": "${%s}" % bean, "binding": {"type": "property", "name": "camunda:delegateExpression"}}

def hidden_attr(name, value):
    return {"type": "Hidden", "value": value, "binding": {"type": "property", "name": name}}

def listener(bean, event):
    return {"type": "Hidden", "value": "${%s}" % bean,
            "binding": {"type": "camunda:executionListener", "event": event, "implementationType": "delegateExpression"}}

def prop(name, label, description, value=None, required=True):
    p = {"label": label, "description": description, "type": "String",
         "binding": {"type": "camunda:property", "name": name}}
    if value is not None:
        p["value"] = value
    if required:
        p["constraints"] = {"notEmpty": True}
    return p

def input_dropdown(name, label, description, choices, value):
    return {"label": label, "description": description, "type": "Dropdown", "value": value,
            "choices": [{"name": n, "value": v} for n, v in choices],
            "binding": {"type": "camunda:inputParameter", "name": name}}

def service(tid, name, description, bean, category, async_before=False, async_after=False, extra=()):
    props = [hidden_delegate(bean)]
    if async_before:
        props.append(hidden_attr("camunda:asyncBefore", "true"))
    if async_after:
        props.append(hidden_attr("camunda:asyncAfter", "true"))
    props.extend(extra)
    return dict(id=tid, name=name, description=description, category=category,
                appliesTo=["bpmn:ServiceTask"], elementType={"value": "bpmn:ServiceTask"}, properties=props,
                _uses={"delegate": bean})

def user(tid, name, description, listeners, category, extra=()):
    return dict(id=tid, name=name, description=description, category=category,
                appliesTo=["bpmn:UserTask"], elementType={"value": "bpmn:UserTask"}, properties=list(extra),
                _uses={"taskListeners": listeners})

BERSAMA = {"id": "sopflow-bersama", "name": "sopflow: langkah bersama"}
SIPA = {"id": "sopflow-sipa", "name": "sopflow: SIPA BERMEDSOS"}
PPID = {"id": "sopflow-ppid", "name": "sopflow: PPID Penyebarluasan Informasi"}
SETWAN = {"id": "sopflow-setwan", "name": "sopflow: Setwan Bapinanduan"}
PROFIL = {"id": "sopflow-profil", "name": "sopflow: Profil Kampung/Kelurahan"}

REVIEW_PROPS = [
    prop("keputusan", "Variabel keputusan (Ya/Tidak)",
         "Nama variabel Boolean yang diisi formulir: true = Ya (diterima), false = Tidak (dikembalikan). Gerbang sesudah langkah ini membaca variabel yang sama."),
    prop("alasan", "Variabel alasan penolakan",
         "Nama variabel teks berisi alasan bila keputusannya Tidak; wajib diisi peninjau saat menolak."),
    prop("putaran", "Variabel nomor putaran",
         "Nama variabel yang dinaikkan setiap kali langkah ini diputuskan (putaran ke-1, ke-2, …) untuk laporan dan rekap."),
]
REVIEW_NOTE = (" Setiap keputusan dicatat sebagai satu putaran tinjauan (siapa, kapan, Ya/Tidak, alasan) oleh pencatat "
               "putaran sopflow; pencatat itu terpasang sebagai pendengar tugas 'complete' dan jangan dihapus.")

REQUIRED_PROPS = [
    dict(prop("isianWajib", "Isian wajib",
              "Satu isian per baris: nama variabel formulir = label seperti tertulis di formulir, mis. "
              "catatanPembaruan = Catatan pembaruan. Pesan penolakannya: \"Catatan pembaruan wajib diisi.\""),
         type="Text"),
    prop("variabelTautan", "Variabel tautan (opsional)",
         "Nama variabel berisi tautan, satu per baris, yang masing-masing harus alamat web yang sah (boleh kosong). "
         "Kosongkan bila langkah ini tidak meminta tautan.", required=False),
]

INTAKE_NOTE = ("Penerimaan kasus (tambahan sopflow), sama untuk semua SOP: menolak kasus dari pengguna yang tidak "
               "terdaftar pada organisasi/desa, menjalankan aturan penerimaan milik SOP ini (bila ada), lalu mencatat "
               "kepala kasus (desa/organisasi dari tenant kasus, judul dari variabel 'judul', nama SOP) yang tampil di "
               "kartu Tasklist dan dasbor pengawas.")
INTAKE_PROPS = [
    prop("variabelNamaUnit", "Variabel nama desa/organisasi (opsional)",
         "Nama variabel SOP ini yang juga menerima nama desa/organisasi kasus untuk formulirnya, mis. desa atau organisasi. Kosongkan bila tidak perlu.",
         required=False),
    prop("variabelIdUnit", "Variabel id desa/organisasi (opsional)",
         "Nama variabel SOP ini yang juga menerima id tenant kasus, mis. desaId. Kosongkan bila tidak perlu.",
         required=False),
]

TEMPLATES = [
    # Shared building blocks
    dict(id="id.sopflow.lateStepHandler", version=2, name="Catat langkah terlambat",
         description="Peristiwa akhir 'Terlambat dicatat' tujuan timer batas (non-interrupting) sebuah langkah SOP: mencatat keterlambatan, menaikkan prioritas langkah dan memberi tahu pengawas SOP. Langkah yang terlambat tetap terbuka. Durasi timer harus sama dengan tenggat (mutu baku) langkahnya.",
         category=BERSAMA, appliesTo=["bpmn:EndEvent"], elementType={"value": "bpmn:EndEvent"},
         properties=[listener("lateStepHandler", "start")], _uses={}),
    user("id.sopflow.reviewDecision", "Keputusan tinjauan dengan putaran",
         "Langkah peninjauan Ya/Tidak (verifikasi, pemeriksaan, persetujuan)." + REVIEW_NOTE,
         ["reviewRoundRecorder"], BERSAMA, REVIEW_PROPS),
    service("id.sopflow.caseIntake", "Catat kasus masuk",
            INTAKE_NOTE + " Sebagai tugas layanan sesudah peristiwa mulai (juga dilewati lagi sesudah perbaikan).",
            "caseIntake", BERSAMA, extra=INTAKE_PROPS),
    dict(id="id.sopflow.caseHeader", name="Catat kasus masuk (saat mulai)",
         description=INTAKE_NOTE + " Sebagai pendengar eksekusi 'start' pada peristiwa mulai, untuk proses tanpa tugas penerimaan sendiri.",
         category=BERSAMA, appliesTo=["bpmn:StartEvent"], elementType={"value": "bpmn:StartEvent"},
         properties=[listener("caseIntake", "start")] + INTAKE_PROPS, _uses={"executionListeners": ["caseIntake"]}),
    user("id.sopflow.reworkWithHistory", "Perbaikan dengan riwayat tinjauan",
         "Langkah perbaikan sesudah keputusan Tidak: saat tugas dibuat, pendengar 'create' ${reviewHistory} menaruh "
         "riwayat putaran tinjauan (siapa menolak, kapan, alasannya) di formulir perbaikan. Jangan dihapus: tanpa itu "
         "yang memperbaiki tidak tahu apa yang salah.",
         ["reviewHistory"], BERSAMA),
    user("id.sopflow.unitChoice", "Pilih desa/unit (bagian per desa/unit)",
         "Langkah sebelum bagian per desa/unit sebuah SOP untuk seluruh organisasi (dibuat dari tabel SOP): saat "
         "tugas dibuat, pendengar 'create' ${unitChoice} menaruh daftar desa/unit organisasi (variabel pilihanUnit) "
         "untuk daftar centang formulir; saat diselesaikan, pendengar 'complete' ${unitChoice} menolak pilihan "
         "kosong atau desa/unit organisasi lain (variabel unitDipilih). Aktivitas panggilan sesudahnya membuka satu "
         "kasus per desa/unit dengan ${unitChoice.list(unitDipilih)}. Jangan dihapus.",
         ["unitChoice"], BERSAMA),
    user("id.sopflow.requiredFields", "Periksa isian wajib",
         "Kelengkapan langkah yang dinyatakan di diagram: saat tugas diselesaikan, setiap isian wajib yang kosong "
         "ditolak dengan pesan Bahasa Indonesia (\"Catatan pembaruan wajib diisi.\"), apa pun klien yang "
         "menyelesaikannya; tugas tetap terbuka. Menambah isian wajib cukup di sini, tanpa Java. Pendengar 'complete' "
         "${requiredFieldsCheck} jangan dihapus.",
         ["requiredFieldsCheck"], BERSAMA, REQUIRED_PROPS),
    user("id.sopflow.publishingLinks", "Unggah manual dan catat tautan",
         "Langkah unggah/terbit manual sesudah langkah unggah otomatis menyerahkannya (alasannya tampil di formulir): "
         "saat tugas diselesaikan, tautan setiap platform langkah ini diperiksa (alamat web di domain platform itu; "
         "website: domain organisasi). Pendengar 'complete' ${publishingLinksCheck} jangan dihapus.",
         ["publishingLinksCheck"], BERSAMA),
    # SIPA BERMEDSOS
    service("id.sopflow.sipa.kelengkapan", "SIPA: Periksa kelengkapan laporan otomatis",
            "Pemeriksaan kelengkapan otomatis (tambahan sopflow) sebelum laporan dilihat kecamatan: isian wajib, realisasi tidak melebihi anggaran tanpa alasan, panjang teks per platform, jenis dan ukuran foto. Mengisi _laporanLengkap untuk gerbang 'Laporan lengkap?'.",
            "sipaKelengkapanCheck", SIPA),
    service("id.sopflow.sipa.publishing", "SIPA: Unggah ke media sosial",
            "Baris 3: mengunggah laporan terverifikasi melalui saluran otomatis desa. Tanpa saluran otomatis atau bila gagal, melempar kesalahan 'unggahManual' yang harus ditangkap peristiwa batas menuju tugas unggah manual. Satu kasus tidak pernah diunggah dua kali, juga bila id elemen ini diganti.",
            "sipaPublishing", SIPA, async_before=True, async_after=True),
    user("id.sopflow.sipa.postLinks", "SIPA: Unggah manual dan catat tautan",
         "Baris 3 secara manual: tautan unggahan (satu per baris) diperiksa saat tugas diselesaikan oleh pemeriksa tautan bersama ${publishingLinksCheck} (alamat web yang sah).",
         ["publishingLinksCheck"], SIPA),
    service("id.sopflow.sipa.feedbackWindow", "SIPA: Buka masa tanggapan masyarakat",
            "Baris 4 (jangka waktunya ketetapan sopflow): membuka masa tanggapan, bawaan 7 hari kalender, untuk pertanyaan, pernyataan dan keluhan masyarakat.",
            "sipaFeedbackWindow", SIPA),
    service("id.sopflow.sipa.commentReply", "SIPA: Balas komentar di Facebook",
            "Tambahan sopflow: mengirim tanggapan admin/desa sebagai balasan komentar Facebook asal pertanyaan.",
            "sipaCommentReply", SIPA, async_before=True),
    service("id.sopflow.sipa.progressReport", "SIPA: Susun laporan perkembangan untuk Camat (PDF)",
            "Baris 5: menyusun Laporan Perkembangan (PDF) dari riwayat kasus dan mengarsipkannya (disimpan sebagai laporan).",
            "sipaProgressReport", SIPA, async_before=True),
    service("id.sopflow.sipa.recapPeriod", "SIPA: Tentukan periode rekap bulanan",
            "Proses sopflow sendiri (bukan SOP): menentukan bulan yang direkap.", "sipaRecapPeriod", SIPA),
    service("id.sopflow.sipa.monthlyRecap", "SIPA: Susun rekap bulanan untuk Camat (PDF)",
            "Proses sopflow sendiri (bukan SOP): rekap bulanan per desa untuk Camat dan arsipnya.",
            "sipaMonthlyRecap", SIPA, async_before=True),
    service("id.sopflow.sipa.reminder", "SIPA: Ingatkan desa yang belum melapor",
            "Proses sopflow sendiri (bukan SOP): pengingat bulanan untuk desa yang belum melapor.",
            "sipaReportReminder", SIPA),
    # PPID
    user("id.sopflow.ppid.draftCheck", "PPID: Susun konsep materi (periksa kelengkapan)",
         "Baris 3: kelengkapan konsep materi (teks, gambar, platform) diperiksa saat tugas diselesaikan.",
         ["ppidDraftCheck"], PPID),
    user("id.sopflow.ppid.platformChoice", "PPID: Tentukan platform",
         "Baris 7: pilihan platform (website, Instagram, Facebook, YouTube) diperiksa; minimal satu.",
         ["ppidPlatformChoice"], PPID),
    service("id.sopflow.ppid.publishing", "PPID: Unggah otomatis per platform",
            "Baris 9: mengunggah materi yang disetujui ke satu platform. Tanpa saluran otomatis atau bila gagal, melempar 'unggahManual' ke tugas unggah manual. Tidak pernah mengunggah dua kali ke platform yang sama, juga bila id elemen ini diganti.",
            "ppidPublishing", PPID, async_before=True, async_after=True),
    service("id.sopflow.ppid.report", "PPID: Susun Laporan Penyebarluasan Informasi (PDF)",
            "Baris 10: laporan dengan tautan dan riwayat langkah untuk Ketua PPID, diarsipkan.",
            "ppidDisseminationReport", PPID, async_before=True),
    # Setwan
    dict(id="id.sopflow.setwan.intake", name="Setwan: Kumpulkan data kegiatan (catat kasus)",
         description="Baris 1: penerimaan kasus bersama sopflow (${caseIntake}) saat langkah dimulai dan memeriksa kelengkapan materi (naskah, lampiran) saat diselesaikan.",
         category=SETWAN, appliesTo=["bpmn:UserTask"], elementType={"value": "bpmn:UserTask"},
         properties=[listener("caseIntake", "start")] + INTAKE_PROPS, _uses={"taskListeners": ["setwanMaterialCheck"]}),
    user("id.sopflow.setwan.reviewDecision", "Setwan: Koreksi Kabag (keputusan dengan putaran dan arahan)",
         "Baris 2: Kabag memeriksa dan mengoreksi; arahan publikasi diperiksa bila materi diterima." + REVIEW_NOTE,
         ["setwanDirectionCheck", "reviewRoundRecorder"], SETWAN, REVIEW_PROPS),
    service("id.sopflow.setwan.publishing", "Setwan: Terbitkan otomatis",
            "Baris 3: menerbitkan materi di website atau media sosial melalui port publikasi. Tanpa saluran otomatis atau bila ditolak, melempar 'publikasiManual' ke tugas terbit manual. Tidak pernah menerbitkan dua kali, juga bila id elemen ini diganti.",
            "setwanPublishing", SETWAN, async_before=True, async_after=True,
            extra=[input_dropdown("kanal", "Kanal", "Ke mana langkah ini menerbitkan.",
                                  [("Website", "website"), ("Media sosial (platform pilihan Kabag)", "medsos")], "website")]),
    service("id.sopflow.setwan.publicationRecord", "Setwan: Catat tautan publikasi",
            "Tambahan sopflow: menyimpan tautan terbitan untuk daftar informasi terpublikasi dan pembaruan berkala.",
            "setwanPublicationRecord", SETWAN),
    service("id.sopflow.setwan.publishedList", "Setwan: Susun daftar informasi terpublikasi",
            "Baris 4 (jadwal mingguan ketetapan sopflow): daftar informasi yang perlu diperbarui.",
            "setwanPublishedList", SETWAN),
    dict(user("id.sopflow.setwan.updateCheck", "Setwan: Update berkala (periksa isian)",
              "Baris 4: penerimaan kasus bersama sopflow (${caseIntake}, kepala kasus: unit, judul, SOP) saat langkah dimulai; isian pembaruan berkala diperiksa saat tugas diselesaikan oleh pemeriksa isian wajib bersama (${requiredFieldsCheck}, pendengar 'complete', jangan dihapus).",
              ["requiredFieldsCheck"], SETWAN, extra=[listener("caseIntake", "start")] + REQUIRED_PROPS), version=2),
    # Profil
    user("id.sopflow.profil.persiapanCheck", "Profil: Arsipkan SK dan rapat persiapan (periksa isian)",
         "Baris 7: SK yang ditandatangani dan peserta rapat persiapan diperiksa saat tugas diselesaikan.",
         ["profilPersiapanCheck"], PROFIL),
    service("id.sopflow.profil.archive", "Arsipkan berkas",
            "Menyimpan satu berkas unggahan kasus di arsip laporan sopflow dan menaruh tautan unduhannya di variabel.",
            "profilDocumentArchive", PROFIL,
            extra=[prop("berkas", "Variabel berkas", "Nama variabel berkas unggahan yang diarsipkan."),
                   prop("judul", "Judul arsip", "Judul yang tampil di arsip dan laporan."),
                   prop("tautan", "Variabel tautan", "Nama variabel yang menerima tautan unduhan arsip.")]),
    service("id.sopflow.profil.plausibility", "Profil: Periksa kewajaran data otomatis",
            "Pemeriksaan kelengkapan/kewajaran otomatis (tambahan sopflow) atas isian instrumen Pokja sebelum diserahkan ke Tim.",
            "profilPlausibilityCheck", PROFIL),
    service("id.sopflow.profil.prodeskelExport", "Profil: Siapkan ekspor Prodeskel",
            "Tambahan sopflow: menyiapkan berkas ekspor data terverifikasi untuk website Prodeskel.",
            "profilProdeskelExport", PROFIL, async_before=True),
    user("id.sopflow.profil.prodeskelEntry", "Profil: Input ke Prodeskel (periksa isian)",
         "Tambahan sopflow: konfirmasi entri Prodeskel diperiksa saat tugas diselesaikan.",
         ["profilProdeskelEntryCheck"], PROFIL),
    service("id.sopflow.profil.activityReport", "Profil: Susun laporan kegiatan (PDF) untuk Kadis",
            "Baris 11: laporan kegiatan dari riwayat pendataan semua kampung/kelurahan, diarsipkan, dengan ekspor Prodeskel.",
            "profilActivityReport", PROFIL, async_before=True),
    user("id.sopflow.profil.penutupanCheck", "Profil: Rapat penutupan (periksa isian)",
         "Baris 13: notulen rapat penutupan diperiksa saat tugas diselesaikan.", ["profilPenutupanCheck"], PROFIL),
]

FILES = {
    "sopflow-langkah-bersama.json": BERSAMA, "sopflow-sipa.json": SIPA, "sopflow-ppid.json": PPID,
    "sopflow-setwan.json": SETWAN, "sopflow-profil.json": PROFIL,
}

def public(t):
    out = {"$schema": SCHEMA, "name": "sopflow: " + t["name"] if not t["name"].startswith(("SIPA", "PPID", "Setwan", "Profil")) else t["name"],
           "id": t["id"], "version": t.get("version", 1), "description": t["description"], "category": t["category"],
           "appliesTo": t["appliesTo"], "elementType": t["elementType"], "properties": t["properties"]}
    if any(kind in t["appliesTo"] for kind in ("bpmn:UserTask", "bpmn:StartEvent")):
        # A templated step keeps Modeler's own entries (Due date, Form, Candidate groups, Extension properties,
        # listeners): process owners change a step's time and hands there. Service tasks and end events keep them
        # hidden, so the bean a template names cannot be edited by accident.
        out["entriesVisible"] = True
    visible = [p for p in out["properties"] if p.get("type") != "Hidden"]
    if visible:
        # Modeler's heading for template fields is English ("Custom properties") unless the template names a group.
        out["groups"] = [{"id": "sopflow", "label": "Isian sopflow"}]
        out["properties"] = [dict(p, group="sopflow") if p.get("type") != "Hidden" else p for p in out["properties"]]
    if t["_uses"].get("taskListeners"):
        # Element templates cannot create task listeners; sopflow checks them (tests and deployment) from here.
        out["metadata"] = {"sopflow": {"taskListeners": t["_uses"]["taskListeners"]}}
    return out

def write_templates():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith("sopflow") and name.endswith(".json"):
            os.remove(os.path.join(OUT, name))
    for file, category in FILES.items():
        items = [public(t) for t in TEMPLATES if t["category"] is category]
        with open(os.path.join(OUT, file), "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=2)
            f.write("\n")

def template_for(tag, attrs, listeners, execution_listeners=()):
    """Which template an element uses, from its delegate expression or its task listeners."""
    delegate = re.search(r'camunda:delegateExpression="\$\{(\w+)\}"', attrs)
    for t in TEMPLATES:
        uses = t["_uses"]
        if tag == "serviceTask" and delegate and uses.get("delegate") == delegate.group(1):
            return t
        if tag == "userTask" and uses.get("taskListeners") is not None and sorted(uses["taskListeners"]) == sorted(listeners):
            return t
        if tag == "startEvent" and uses.get("executionListeners") is not None and sorted(uses["executionListeners"]) == sorted(execution_listeners):
            return t
    return None

def apply(path):
    text = open(path, encoding="utf-8").read()
    def mark(m):
        tag, attrs, body = m.group(1), m.group(2), m.group(3)
        listeners = re.findall(r'<camunda:taskListener delegateExpression="\$\{(\w+)\}"', body or "")
        execution_listeners = re.findall(r'<camunda:executionListener delegateExpression="\$\{(\w+)\}"', body or "")
        t = template_for(tag, attrs, listeners, execution_listeners)
        if t is None or "camunda:modelerTemplate=" in attrs:
            return m.group(0)
        new_attrs = attrs + ' camunda:modelerTemplate="%s" camunda:modelerTemplateVersion="%d"' % (t["id"], t.get("version", 1))
        return m.group(0).replace(attrs, new_attrs, 1)
    text2 = re.sub(r'<bpmn:(serviceTask|userTask|startEvent)( id="[^"]*"[^>]*?)(?:/>|>(.*?)</bpmn:\1>)', mark, text, flags=re.S)
    if text2 != text:
        open(path, "w", encoding="utf-8").write(text2)

if __name__ == "__main__":
    write_templates()
    if "--apply" in sys.argv:
        for name in sorted(os.listdir("processes")):
            if name.endswith(".bpmn"):
                apply(os.path.join("processes", name))
