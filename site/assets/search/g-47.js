(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-47"]={"p":"ZHjWiYhBbiVBhO"};
