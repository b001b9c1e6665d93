import { mount } from 'svelte';
import './ui/global.css';
import App from './ui/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the guide into.');
mount(App, { target });
