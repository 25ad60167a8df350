package id.sopflow.identity;

import id.sopflow.StartupProblem;

/** The organisation file cannot be used; the message names the file, the entry and the problem. */
public class InvalidOrganisationFileException extends StartupProblem {

    public InvalidOrganisationFileException(String message) {
        super(message, "Perbaiki berkas organisasi lalu jalankan aplikasi lagi. Tidak ada pengguna, grup atau "
                + "tenant yang diubah.");
    }
}
