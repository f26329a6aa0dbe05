"""The applicant's case moves here from ``services``: applications and their
events, materials, one-time notices, saved services and contact details.

The tables keep their names (``services_*``) and rows; the content types are
renamed to this app, so permissions (``approve_additional_notice`` among them),
group grants and generic relations stay attached; only Django's idea of which app
owns the models changes. On a new database ``services`` creates the tables first.
"""

import applications.models.materials
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


MODELS = [
    "application",
    "applicationevent",
    "applicationmaterial",
    "contactdetails",
    "material",
    "noticeitem",
    "onetimenotice",
    "savedservice",
]


def move_content_types(apps, schema_editor, *, source="services", target="applications"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=MODELS).update(
        app_label=target
    )


def move_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="applications", target="services")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('eforms', '0002_regions_editor_permissions'),
        ('identity', '0004_user_phone'),
        ('licences', '0002_lifecycle_wallet'),
        ('services', '0018_calendarday_to_workdays'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Application',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('number', models.CharField(max_length=20, unique=True, verbose_name='application number')),
                        ('on_behalf_label', models.CharField(blank=True, max_length=300, verbose_name='on behalf of (as recorded)')),
                        ('status', models.CharField(choices=[('submitted', 'submitted, awaiting intake'), ('notice', 'awaiting supplementary materials'), ('accepted', 'accepted, under review'), ('approved', 'approved'), ('rejected', 'rejected'), ('withdrawn', 'withdrawn')], default='submitted', max_length=20, verbose_name='status')),
                        ('data', models.JSONField(default=dict, verbose_name='form data')),
                        ('submission_key', models.UUIDField(editable=False, help_text='Idempotency key of the submitting form; a retry with the same key returns the application already created.')),
                        ('submitted_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='submitted at')),
                        ('accepted_at', models.DateTimeField(blank=True, null=True, verbose_name='accepted at')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided at')),
                        ('due_date', models.DateField(blank=True, null=True, verbose_name='due date')),
                        ('version', models.PositiveIntegerField(default=1)),
                        ('withdrawn_reason', models.TextField(blank=True, verbose_name='reason for withdrawal')),
                        ('applicant', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='applications', to=settings.AUTH_USER_MODEL, verbose_name='applicant')),
                        ('form_version', models.ForeignKey(blank=True, help_text='The e-form version the data was filled in.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='eforms.formversion', verbose_name='form version')),
                        ('handler', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='handled_applications', to=settings.AUTH_USER_MODEL, verbose_name='handler')),
                        ('licence', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='application', to='licences.licence', verbose_name='e-licence')),
                        ('on_behalf_of', models.ForeignKey(blank=True, help_text='The organisation the applicant acted for, if any.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='applications', to='identity.organisation', verbose_name='on behalf of')),
                        ('service', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='applications', to='services.service', verbose_name='service')),
                    ],
                    options={
                        'verbose_name': 'application',
                        'verbose_name_plural': 'applications',
                        'db_table': 'services_application',
                        'ordering': ['-submitted_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ApplicationEvent',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('action', models.CharField(choices=[('submitted', 'Submitted'), ('notice_issued', 'One-time notice of missing materials'), ('supplemented', 'Materials supplemented'), ('accepted', 'Accepted at the window'), ('review_started', 'Under review'), ('approved', 'Approved'), ('rejected', 'Rejected'), ('withdrawn', 'Withdrawn by the applicant'), ('licence_issued', 'E-licence issued')], max_length=20, verbose_name='action')),
                        ('from_status', models.CharField(blank=True, max_length=20)),
                        ('to_status', models.CharField(blank=True, max_length=20)),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='time')),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='applications.application')),
                    ],
                    options={
                        'verbose_name': 'application event',
                        'verbose_name_plural': 'application events',
                        'db_table': 'services_applicationevent',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ContactDetails',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('address', models.CharField(blank=True, max_length=200, verbose_name='contact address')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='contact_details', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'contact details',
                        'verbose_name_plural': 'contact details',
                        'db_table': 'services_contactdetails',
                    },
                ),
                migrations.CreateModel(
                    name='Material',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='material')),
                        ('file', models.FileField(max_length=200, upload_to=applications.models.materials.material_path, verbose_name='file')),
                        ('original_name', models.CharField(max_length=200, verbose_name='uploaded file name')),
                        ('content_type', models.CharField(max_length=50, verbose_name='type')),
                        ('size', models.PositiveIntegerField(verbose_name='size in bytes')),
                        ('pages', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='pages')),
                        ('sha256', models.CharField(max_length=64)),
                        ('valid_until', models.DateField(blank=True, null=True, verbose_name='valid until')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='uploaded at')),
                        ('organisation', models.ForeignKey(blank=True, help_text='Set when supplied while acting for an organisation.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='materials', to='identity.organisation', verbose_name='organisation')),
                        ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='materials', to=settings.AUTH_USER_MODEL, verbose_name='owner')),
                        ('requirement', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='services.materialrequirement', verbose_name='supplied for')),
                    ],
                    options={
                        'verbose_name': 'supplied material',
                        'verbose_name_plural': 'supplied materials',
                        'db_table': 'services_material',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ApplicationMaterial',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='material')),
                        ('source', models.CharField(choices=[('licence', 'your e-licence'), ('registry', 'government data sharing'), ('reused', 'a material you supplied earlier'), ('uploaded', 'uploaded with this application'), ('missing', 'not supplied')], max_length=10, verbose_name='source')),
                        ('registry_reference', models.CharField(blank=True, help_text='The sharing access-log reference of the registry read.', max_length=100, verbose_name='sharing reference')),
                        ('summary', models.CharField(blank=True, max_length=300, verbose_name='what was obtained')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='materials', to='applications.application')),
                        ('licence', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='licences.licence')),
                        ('requirement', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='services.materialrequirement')),
                        ('material', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='applications.material')),
                    ],
                    options={
                        'verbose_name': 'application material',
                        'verbose_name_plural': 'application materials',
                        'db_table': 'services_applicationmaterial',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='OneTimeNotice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sequence', models.PositiveSmallIntegerField(help_text='1 for the first notice of an application.', verbose_name='notice number')),
                        ('status', models.CharField(choices=[('pending_approval', "awaiting a supervisor's approval"), ('issued', 'issued, awaiting the applicant'), ('supplemented', 'supplemented by the applicant'), ('refused', 'refused by the supervisor'), ('lapsed', 'deadline passed without supplement')], max_length=20, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                        ('issued_at', models.DateTimeField(blank=True, null=True, verbose_name='issued at')),
                        ('deadline', models.DateField(verbose_name='deadline for the supplement')),
                        ('justification', models.TextField(blank=True, help_text='Required for any notice after the first.', verbose_name='why a further notice is needed')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='approved or refused at')),
                        ('supplemented_at', models.DateTimeField(blank=True, null=True, verbose_name='supplemented at')),
                        ('decision_reason', models.TextField(blank=True, help_text='Why a further notice was refused (shown in the report).', verbose_name='reason given by the supervisor')),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notices', to='applications.application')),
                        ('approved_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='approved by')),
                        ('issued_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='issued by')),
                    ],
                    options={
                        'verbose_name': 'one-time notice',
                        'verbose_name_plural': 'one-time notices',
                        'db_table': 'services_onetimenotice',
                        'ordering': ['application', 'sequence'],
                        'permissions': [('approve_additional_notice', 'Can approve or refuse a further one-time notice')],
                    },
                ),
                migrations.CreateModel(
                    name='NoticeItem',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='material')),
                        ('problem', models.CharField(choices=[('missing', 'missing'), ('defective', 'defective')], max_length=10, verbose_name='problem')),
                        ('reason', models.CharField(max_length=500, verbose_name='reason')),
                        ('requirement', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='services.materialrequirement', verbose_name='material requirement')),
                        ('notice', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='items', to='applications.onetimenotice')),
                    ],
                    options={
                        'verbose_name': 'notice item',
                        'verbose_name_plural': 'notice items',
                        'db_table': 'services_noticeitem',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='SavedService',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='saved at')),
                        ('service', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='saved_by', to='services.service', verbose_name='service')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='saved_services', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'saved service',
                        'verbose_name_plural': 'saved services',
                        'db_table': 'services_savedservice',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='application',
                    index=models.Index(fields=['applicant', '-submitted_at'], name='services_ap_applica_305ae4_idx'),
                ),
                migrations.AddIndex(
                    model_name='application',
                    index=models.Index(fields=['status', 'submitted_at'], name='services_ap_status_9c7ec0_idx'),
                ),
                migrations.AddConstraint(
                    model_name='application',
                    constraint=models.UniqueConstraint(fields=('applicant', 'submission_key'), name='unique_submission_per_applicant'),
                ),
                migrations.AddIndex(
                    model_name='material',
                    index=models.Index(fields=['owner', 'name'], name='services_ma_owner_i_ccf6d2_idx'),
                ),
                migrations.AddConstraint(
                    model_name='onetimenotice',
                    constraint=models.UniqueConstraint(fields=('application', 'sequence'), name='one_notice_per_sequence'),
                ),
                migrations.AddConstraint(
                    model_name='savedservice',
                    constraint=models.UniqueConstraint(fields=('user', 'service'), name='unique_saved_service'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_back),
    ]
